import { Fragment, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { FeedEntry } from '../merged-feed';
import { ContactCard } from './ContactCard';
import { useDevice } from './device';
import { dirOf, useLanguage, useText } from './language';
import { useCountOnce } from './usage';
import { ListenButton } from './ListenButton';
import { useOrientation } from './orientation';
import { safeHtml } from './safe-html';
import { ScrollCue } from './ScrollCue';
import { TextWith } from './TextWith';
import { FallbackNote, OutdatedNote } from './TranslationNote';

/** A worker's screen opens nothing: a tap on a link in the text does not navigate. */
function keepLinksInert(e: MouseEvent) {
  if ((e.target as Element).closest('a')) e.preventDefault();
}

interface ArticleViewProps {
  entry: FeedEntry;
  /** The same item in its original language, for an outdated translation (`entry.originalChangedAt`). */
  original?: FeedEntry;
  /** The QR code that opens this article on the worker's phone, where there is one. */
  qr?: ReactNode;
  /** An article image, from wherever the screen keeps them (the kiosk's local cache). */
  renderImage?(mediaId: string): ReactNode;
  /** What the worker can do with the article on their phone (keep, share), under its source. */
  actions?: ReactNode;
  /** "Was this helpful?" and "something is wrong", at the end of the text. */
  feedback?: ReactNode;
}

/**
 * One article: who it is from, a note when it is not in the worker's language or older than its
 * original (with the original a tap away), the summary and the text (sanitized again here) on the
 * first screen, then the images and the contact card with large phone numbers (beside the text in
 * landscape; first on a contact card item), and a cue while there is more below.
 */
export function ArticleView({ entry, original, qr, renderImage, actions, feedback }: ArticleViewProps) {
  const t = useText();
  const language = useLanguage();
  useCountOnce({ kind: 'item', language, itemId: entry.id, fallback: entry.isFallback }, entry.id);
  const onKiosk = useDevice() === 'kiosk';
  const orientation = useOrientation();
  const [readingOriginal, setReadingOriginal] = useState(false);
  const main = useRef<HTMLElement>(null);
  const text = readingOriginal && original ? original : entry;
  const body = useMemo(() => safeHtml(text.body), [text.body]);
  const textLang = { lang: text.shownLanguage, dir: dirOf(text.shownLanguage) };
  const contact = <ContactCard contact={entry.contact} links={entry.links} />;
  // In portrait the text comes first; for a contact card item the card is what the worker came for.
  const cardFirst = orientation === 'portrait' && entry.kind === 'contact';
  const cardLast = orientation === 'portrait' && entry.kind !== 'contact';
  return (
    <main className="screen-body article-body" data-testid="article" data-item-id={entry.id}>
      {/* Scrollable text regions take focus, so they can be scrolled without touch too. */}
      <article className="article-main" tabIndex={0} ref={main}>
        {/* First thing read: why this text is not in the worker's language. */}
        <FallbackNote entry={entry} />
        <OutdatedNote entry={entry} readingOriginal={readingOriginal && !!original} onToggle={original && (() => setReadingOriginal((r) => !r))} />
        {entry.kind === 'urgent' && <p className="entry-flag">{t('urgent')}</p>}
        <h1 className="article-title" {...textLang}>
          {text.title}
        </h1>
        <p className="article-source">
          <TextWith text={t('from')} parts={{ organisation: <bdi className="source-name">{entry.tenantName}</bdi> }} />
        </p>
        {actions}
        {/* Keys here are unique among the article's children: a repeated key leaves stale copies on screen. */}
        <ListenButton key={`listen:${entry.id}:${text.shownLanguage}`} article={main} language={text.shownLanguage} itemId={entry.id} />
        {text.summary && (
          <p className="article-summary" {...textLang}>
            {text.summary}
          </p>
        )}
        {cardFirst && contact}
        {/* Sanitized with the shared allowlist right here, even though the hub cleaned it on write. */}
        <div className="article-text rich-text" {...textLang} onClickCapture={onKiosk ? keepLinksInert : undefined} dangerouslySetInnerHTML={{ __html: body }} data-testid="article-text" />
        {renderImage && entry.images.length > 0 && <div className="article-images">{entry.images.map((img) => renderImage(img.mediaId))}</div>}
        {cardLast && contact}
        {/* A new article or language starts a fresh question. */}
        <Fragment key={`feedback:${entry.id}:${language}`}>{feedback}</Fragment>
        <ScrollCue scroller={main} />
      </article>
      {/* Landscape: the card is what the worker came for, the QR code to take it along follows. */}
      <aside className="article-aside" tabIndex={0}>
        {orientation === 'landscape' && contact}
        {qr}
      </aside>
    </main>
  );
}

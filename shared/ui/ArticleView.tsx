import { useMemo, type MouseEvent, type ReactNode } from 'react';
import type { FeedEntry } from '../merged-feed';
import { ContactCard } from './ContactCard';
import { dirOf, useText } from './language';
import { useOrientation } from './orientation';
import { safeHtml } from './safe-html';
import { TextWith } from './TextWith';
import { TranslationNote } from './TranslationNote';

/** A worker's screen opens nothing: a tap on a link in the text does not navigate. */
function keepLinksInert(e: MouseEvent) {
  if ((e.target as Element).closest('a')) e.preventDefault();
}

interface ArticleViewProps {
  entry: FeedEntry;
  /** The QR code that opens this article on the worker's phone, where there is one. */
  qr?: ReactNode;
  /** An article image, from wherever the screen keeps them (the kiosk's local cache). */
  renderImage?(mediaId: string): ReactNode;
}

/**
 * One article: who it is from, a note when it is not in the worker's language, the text (sanitized
 * again here), the contact card with large phone numbers, and the images.
 */
export function ArticleView({ entry, qr, renderImage }: ArticleViewProps) {
  const t = useText();
  const orientation = useOrientation();
  const body = useMemo(() => safeHtml(entry.body), [entry.body]);
  const textLang = { lang: entry.shownLanguage, dir: dirOf(entry.shownLanguage) };
  const contact = <ContactCard contact={entry.contact} links={entry.links} />;
  return (
    <main className="screen-body article-body" data-testid="article" data-item-id={entry.id}>
      {/* Scrollable text regions take focus, so they can be scrolled without touch too. */}
      <article className="article-main" tabIndex={0}>
        {/* First thing read: why this text is not in the worker's language. */}
        <TranslationNote entry={entry} />
        {entry.kind === 'urgent' && <p className="entry-flag">{t('urgent')}</p>}
        <h1 className="article-title" {...textLang}>
          {entry.title}
        </h1>
        <p className="article-source">
          <TextWith text={t('from')} parts={{ organisation: <bdi className="source-name">{entry.tenantName}</bdi> }} />
        </p>
        {entry.summary && (
          <p className="article-summary" {...textLang}>
            {entry.summary}
          </p>
        )}
        {orientation === 'portrait' && contact}
        {renderImage && entry.images.length > 0 && <div className="article-images">{entry.images.map((img) => renderImage(img.mediaId))}</div>}
        {/* Sanitized with the shared allowlist right here, even though the hub cleaned it on write. */}
        <div className="article-text rich-text" {...textLang} onClickCapture={keepLinksInert} dangerouslySetInnerHTML={{ __html: body }} data-testid="article-text" />
      </article>
      <aside className="article-aside" tabIndex={0}>
        {qr}
        {orientation === 'landscape' && contact}
      </aside>
    </main>
  );
}

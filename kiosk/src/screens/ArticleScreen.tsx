import { useEffect, useMemo, type MouseEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { safeHtml } from '../../../renderer/src/lib/safe-html';
import { CachedImage } from '../components/CachedImage';
import { ContactCard } from '../components/ContactCard';
import { FallbackNote } from '../components/FallbackNote';
import { QrCode } from '../components/QrCode';
import { TopBar } from '../components/TopBar';
import { dirOf, useLanguage, useText } from '../lib/i18n';
import { MARKS, markAfterPaint } from '../lib/perf';
import { useOrientation } from '../lib/orientation';
import { TextWith } from '../lib/text-with';
import { useTRPC } from '../trpc';
import { Loading } from './Loading';

/** A kiosk opens nothing: a tap on a link in the text does not navigate. */
function keepLinksInert(e: MouseEvent) {
  if ((e.target as Element).closest('a')) e.preventDefault();
}

/**
 * One article: who it is from, a note when it is not in the worker's language, the text (sanitized
 * again here), the contact card with large phone numbers, images from the local cache, and a QR
 * code that opens the same article on the worker's phone.
 */
export function ArticleScreen({ itemId }: { itemId: string }) {
  const trpc = useTRPC();
  const language = useLanguage();
  const t = useText();
  const orientation = useOrientation();
  const article = useQuery({ ...trpc.article.queryOptions({ language, itemId }), retry: false });
  // Unpublished or expired while on screen: the last copy must not stay up.
  const gone = article.error?.data?.code === 'NOT_FOUND';
  const entry = gone ? undefined : article.data;
  const body = useMemo(() => (entry ? safeHtml(entry.body) : ''), [entry]);
  const ready = !!entry;
  useEffect(() => {
    if (ready) markAfterPaint(MARKS.painted, 'article');
  }, [ready]);

  if (!entry) {
    return (
      <div className="screen" data-screen="article">
        <TopBar />
        {gone || article.isError ? (
          <main className="screen-body">
            <p className="empty">{t('notAvailable')}</p>
          </main>
        ) : (
          <Loading />
        )}
      </div>
    );
  }

  const textLang = { lang: entry.shownLanguage, dir: dirOf(entry.shownLanguage) };
  const contact = <ContactCard contact={entry.contact} links={entry.links} />;
  return (
    <div className="screen" data-screen="article">
      <TopBar />
      <main className="screen-body article-body">
        {/* Scrollable text regions take focus, so they can be scrolled without touch too. */}
        <article className="article-main" tabIndex={0}>
          {/* First thing read: why this text is not in the worker's language. */}
          {entry.isFallback && <FallbackNote shownLanguage={entry.shownLanguage} />}
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
          {entry.images.length > 0 && (
            <div className="article-images">
              {entry.images.map((img) => (
                <CachedImage key={img.mediaId} mediaId={img.mediaId} />
              ))}
            </div>
          )}
          {/* Sanitized with the shared allowlist right here, even though the hub cleaned it on write. */}
          <div className="article-text rich-text" {...textLang} onClickCapture={keepLinksInert} dangerouslySetInnerHTML={{ __html: body }} />
        </article>
        <aside className="article-aside" tabIndex={0}>
          {entry.phoneUrl && <QrCode url={entry.phoneUrl} caption={t('scanArticle')} testId="article-qr" />}
          {orientation === 'landscape' && contact}
        </aside>
      </main>
    </div>
  );
}

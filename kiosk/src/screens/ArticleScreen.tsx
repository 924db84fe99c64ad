import { useEffect } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ArticleView } from '../../../shared/ui/ArticleView';
import { FeedbackBox } from '../../../shared/ui/FeedbackBox';
import { useLanguage, useText } from '../../../shared/ui/language';
import { Loading } from '../../../shared/ui/Loading';
import { QrCode } from '../../../shared/ui/QrCode';
import { WorkerScreen } from '../../../shared/ui/WorkerScreen';
import { CachedImage } from '../components/CachedImage';
import { MARKS, markAfterPaint } from '../lib/perf';
import { useTRPC } from '../trpc';
import { useCountOnce } from '../../../shared/ui/usage';

/** One article from the local store, with images from the local cache and the QR code for the phone. */
export function ArticleScreen({ itemId }: { itemId: string }) {
  const trpc = useTRPC();
  const language = useLanguage();
  const t = useText();
  const article = useQuery({ ...trpc.article.queryOptions({ language, itemId }), retry: false });
  // Unpublished or expired while on screen: the last copy must not stay up.
  const gone = article.error?.data?.code === 'NOT_FOUND';
  const entry = gone ? undefined : article.data;
  // An outdated translation offers its original, one tap away.
  const original = useQuery({
    ...trpc.article.queryOptions({ language: entry?.sourceLanguage ?? language, itemId }),
    enabled: !!entry?.originalChangedAt,
    retry: false,
  });
  const feedback = useMutation(trpc.feedback.mutationOptions());
  const ready = !!entry;
  useCountOnce(entry?.phoneUrl ? { kind: 'qr_shown', language } : null, entry?.phoneUrl ?? '');
  useEffect(() => {
    if (ready) markAfterPaint(MARKS.painted, 'article');
  }, [ready]);

  return (
    <WorkerScreen name="article">
      {entry ? (
        <ArticleView
          entry={entry}
          original={original.data}
          qr={entry.phoneUrl && <QrCode url={entry.phoneUrl} caption={t('scanArticle')} testId="article-qr" />}
          renderImage={(mediaId) => <CachedImage key={mediaId} mediaId={mediaId} />}
          // A public screen: no free text, only the fixed answers.
          feedback={<FeedbackBox withText={false} send={({ kind, reason }) => feedback.mutateAsync({ itemId, language, kind, reason })} />}
        />
      ) : gone || article.isError ? (
        <main className="screen-body">
          <p className="empty">{t('notAvailable')}</p>
        </main>
      ) : (
        <Loading />
      )}
    </WorkerScreen>
  );
}

import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { LanguageCode } from '../../../../shared/languages';
import { homeOverview } from '../../../../shared/merged-feed';
import { FROM_KIOSK } from '../../../../shared/phone-bundle';
import { ArticleView } from '../../../../shared/ui/ArticleView';
import { FeedbackBox } from '../../../../shared/ui/FeedbackBox';
import { CategoryView } from '../../../../shared/ui/CategoryView';
import { HomeBrand, HomeView } from '../../../../shared/ui/HomeView';
import { useText, WorkerLanguage } from '../../../../shared/ui/language';
import { Loading } from '../../../../shared/ui/Loading';
import { NavigationContext, type Navigation, type Screen } from '../../../../shared/ui/navigation';
import { OrientationContext, type Orientation } from '../../../../shared/ui/orientation';
import { WorkerScreen } from '../../../../shared/ui/WorkerScreen';
import type { LocationView } from '../../../../shared/admin';
import { useTRPC } from '../../trpc';

const HOME: Screen = { kind: 'home' };

interface Props {
  location: LocationView;
  language: LanguageCode;
  orientation: Orientation;
  /** An article to open at once, from the address ('#/preview/<location>/<language>/<item>'). */
  itemId?: string;
  onScreen(screen: Screen): void;
}

/**
 * The kiosk's own screens (shared/ui) over the hub's merged feed of one location, the same
 * rules that fill a paired kiosk's store. Tapping works as on the kiosk; there is no search.
 */
export function PreviewScreens({ location, language, orientation, itemId, onScreen }: Props) {
  const [stack, setStack] = useState<Screen[]>(() => (itemId ? [HOME, { kind: 'article', itemId }] : [HOME]));
  const nav = useMemo<Navigation>(() => {
    const go = (next: Screen[]) => {
      setStack(next);
      onScreen(next.at(-1) ?? HOME);
    };
    return {
      screen: stack.at(-1) ?? HOME,
      canGoBack: stack.length > 1,
      canSearch: false,
      open: (screen) => go([...stack, screen]),
      back: () => go(stack.length > 1 ? stack.slice(0, -1) : stack),
      home: () => go([HOME]),
      startOver: () => go([HOME]),
      query: '',
      setQuery: () => {},
    };
  }, [stack, onScreen]);

  const screen = nav.screen;
  return (
    <WorkerLanguage language={language}>
      <OrientationContext.Provider value={orientation}>
        <NavigationContext.Provider value={nav}>
          {screen.kind === 'article' ? (
            <PreviewArticle location={location} language={language} itemId={screen.itemId} />
          ) : (
            <PreviewFeed location={location} language={language} screen={screen} />
          )}
        </NavigationContext.Provider>
      </OrientationContext.Provider>
    </WorkerLanguage>
  );
}

function PreviewFeed({ location, language, screen }: { location: LocationView; language: LanguageCode; screen: Screen }) {
  const trpc = useTRPC();
  const feed = useQuery(trpc.preview.feed.queryOptions({ locationId: location.id, language }));
  const entries = feed.data;
  if (screen.kind === 'category') {
    return (
      <WorkerScreen name="category">
        {entries ? <CategoryView category={screen.category} entries={entries.filter((e) => e.category === screen.category)} /> : <Loading />}
      </WorkerScreen>
    );
  }
  return (
    <WorkerScreen name="home" bar={<HomeBrand locationName={location.name} />}>
      {entries ? <HomeView home={homeOverview(entries)} phoneAppUrl={`${location.appUrl}?lang=${language}&${FROM_KIOSK}`} /> : <Loading />}
    </WorkerScreen>
  );
}

function PreviewArticle({ location, language, itemId }: { location: LocationView; language: LanguageCode; itemId: string }) {
  const trpc = useTRPC();
  const t = useText();
  const article = useQuery({ ...trpc.preview.article.queryOptions({ locationId: location.id, itemId, language }), retry: false });
  // Hidden, unpublished or expired since it was last read: the last copy must not stay up.
  const entry = article.isError ? undefined : article.data;
  const original = useQuery({
    ...trpc.preview.article.queryOptions({ locationId: location.id, itemId, language: entry?.sourceLanguage ?? language }),
    enabled: !!entry?.originalChangedAt,
    retry: false,
  });
  return (
    <WorkerScreen name="article">
      {entry ? (
        <ArticleView entry={entry} original={original.data} feedback={<FeedbackBox withText={false} send={answerInPreviewOnly} />} />
      ) : article.isError ? (
        <main className="screen-body">
          <p className="empty">{t('notAvailable')}</p>
        </main>
      ) : (
        <Loading />
      )}
    </WorkerScreen>
  );
}

/** The preview shows the kiosk's question as workers see it; a civil servant's answer is not workers' feedback, so it goes nowhere. */
const answerInPreviewOnly = () => Promise.resolve('sent' as const);

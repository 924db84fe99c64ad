import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { LanguageCode } from '../../shared/languages';
import { IdleGuard } from './components/IdleGuard';
import { IdentifyBanner, ScreenOff } from './components/ScreenOrders';
import { HiddenExit } from './components/HiddenExit';
import { LanguageProvider } from './lib/i18n';
import { NavigationContext, type Navigation, type Screen } from '../../shared/ui/navigation';
import { OrientationContext } from '../../shared/ui/orientation';
import { useScreenOrientation } from './lib/orientation';
import { listenForTaps } from './lib/perf';
import { ArticleScreen } from './screens/ArticleScreen';
import { CategoryScreen } from './screens/CategoryScreen';
import { HomeScreen } from './screens/HomeScreen';
import { LanguageScreen } from './screens/LanguageScreen';
import { PairingScreen } from './screens/PairingScreen';
import { SearchScreen } from './screens/SearchScreen';
import { useTRPC } from './trpc';
import { useUsage } from '../../shared/ui/usage';

/** How often the screen asks its core whether there is new content (the core itself pulls on the hub's live notices). */
const STATE_POLL_MS = 2_000;

type KioskState = NonNullable<ReturnType<typeof useKioskState>['data']>;

function useKioskState() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.state.queryOptions(), refetchInterval: STATE_POLL_MS, refetchIntervalInBackground: true });
}

/**
 * The kiosk: the pairing screen until the device is paired, then the worker's session. When the
 * core's content cursor moves (a publish arrived), every open screen re-reads the local store.
 */
export function KioskApp() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const state = useKioskState();
  const seq = state.data?.contentSeq;
  const seenSeq = useRef<number | undefined>(undefined);

  useEffect(() => listenForTaps(), []);
  useEffect(() => {
    if (seq === undefined) return;
    if (seenSeq.current !== undefined && seenSeq.current !== seq) {
      for (const filter of [trpc.home.pathFilter(), trpc.category.pathFilter(), trpc.article.pathFilter(), trpc.search.pathFilter()]) {
        void queryClient.invalidateQueries(filter);
      }
    }
    seenSeq.current = seq;
  }, [seq, queryClient, trpc]);

  if (!state.data) return <div className="screen" aria-busy="true" />;
  if (!state.data.paired) {
    return (
      <>
        <HiddenExit />
        <PairingScreen hubUrl={state.data.hubUrl} revoked={state.data.unpairedReason === 'revoked'} languages={state.data.settings.languages} />
      </>
    );
  }
  return <Session state={state.data} />;
}

const HOME: Screen = { kind: 'home' };

/** One worker's visit: the language, the way they came, the search text. All of it is forgotten on idle. */
function Session({ state }: { state: KioskState }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [language, setLanguage] = useState<LanguageCode | null>(null);
  const [stack, setStack] = useState<Screen[]>([HOME]);
  const [query, setQuery] = useState('');
  const languages = state.settings.languages;
  const orientation = useScreenOrientation();
  const usage = useUsage();

  const startOver = useCallback(() => {
    setLanguage(null);
    setStack([HOME]);
    setQuery('');
    for (const filter of [trpc.category.pathFilter(), trpc.article.pathFilter(), trpc.search.pathFilter()]) queryClient.removeQueries(filter);
    window.scrollTo(0, 0);
  }, [queryClient, trpc]);

  const nav = useMemo<Navigation>(
    () => ({
      screen: stack.at(-1) ?? HOME,
      canGoBack: stack.length > 1,
      canSearch: true,
      open: (screen) => setStack((s) => [...s, screen]),
      back: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
      home: () => setStack([HOME]),
      startOver,
      query,
      setQuery,
    }),
    [stack, query, startOver],
  );

  // A language the settings no longer offer, e.g. after a configuration change: start over.
  useEffect(() => {
    if (language && !languages.includes(language)) startOver();
  }, [language, languages, startOver]);

  const orders = (
    <>
      <IdentifyBanner name={state.screen.identify} />
      <ScreenOff off={state.screen.off} idleSeconds={state.settings.idleSeconds} onWake={startOver} />
    </>
  );

  // The staff exit lives only on the pairing and language screens, where no button sits in its corner.
  if (!language) {
    return (
      <>
        {orders}
        <HiddenExit />
        <LanguageScreen
        languages={languages}
        locationName={state.location?.name ?? null}
        onChoose={(chosen) => {
          setStack([HOME]);
          setLanguage(chosen);
          usage.record({ kind: 'language', language: chosen });
        }}
      />
      </>
    );
  }

  const screen = nav.screen;
  const key = `${stack.length}:${screen.kind}`;
  return (
    <LanguageProvider language={language}>
      <OrientationContext.Provider value={orientation}>
      <NavigationContext.Provider value={nav}>
        {screen.kind === 'home' && <HomeScreen key={key} locationName={state.location?.name ?? null} />}
        {screen.kind === 'category' && <CategoryScreen key={key} category={screen.category} />}
        {screen.kind === 'article' && <ArticleScreen key={key} itemId={screen.itemId} />}
        {screen.kind === 'search' && <SearchScreen key={key} />}
        <IdleGuard idleSeconds={state.settings.idleSeconds} onIdle={startOver} />
        {orders}
      </NavigationContext.Provider>
      </OrientationContext.Provider>
    </LanguageProvider>
  );
}

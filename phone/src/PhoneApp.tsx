import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LanguageCode } from '../../shared/languages';
import { phonePaths, type PhoneBundle } from '../../shared/phone-bundle';
import { DeviceContext } from '../../shared/ui/device';
import { WorkerLanguage } from '../../shared/ui/language';
import { NavigationContext } from '../../shared/ui/navigation';
import { useDocumentLanguage } from './lib/i18n';
import { phoneNavigation } from './lib/navigation';
import { offlineStore } from './lib/offline-store';
import { feedbackOutbox } from './lib/feedback-outbox';
import { usePlace, type Place, type Route } from './lib/route';
import { searchIndex } from './lib/search';
import { useBundle } from './lib/use-bundle';
import { PhoneContext } from './lib/phone-context';
import { AppFrame } from './components/AppFrame';
import { LanguageScreen } from './screens/LanguageScreen';
import { HomeScreen } from './screens/HomeScreen';
import { CategoryScreen } from './screens/CategoryScreen';
import { ArticleScreen } from './screens/ArticleScreen';
import { SearchScreen } from './screens/SearchScreen';
import { SavedScreen } from './screens/SavedScreen';
import { PlacesScreen } from './screens/PlacesScreen';
import { LoadingScreen } from './screens/LoadingScreen';
import { UsageContext } from '../../shared/ui/usage';
import { usePhoneUsage } from './lib/usage';

/** The app at one location: the address bar says where and in which language, the phone's store holds the rest. */
export function PhoneApp() {
  const { place, go } = usePlace();
  if (!place) {
    return (
      <WorkerLanguage language="en">
        <PlacesScreen current={null} />
      </WorkerLanguage>
    );
  }
  if (!place.language || place.route.screen === 'language') {
    return <LanguageScreen locationId={place.locationId} current={place.language} onChoose={(language) => go({ ...place, language, route: { screen: 'home' } }, !place.language)} />;
  }
  return (
    <DeviceContext.Provider value="phone">
      <WorkerLanguage language={place.language}>
        <Location place={{ ...place, language: place.language }} go={go} />
      </WorkerLanguage>
    </DeviceContext.Provider>
  );
}

function Location({ place, go }: { place: Place & { language: LanguageCode }; go: (next: Place, replace?: boolean) => void }) {
  const state = useBundle(place.locationId, place.language);
  const stored = state.stored;
  const bundle: PhoneBundle | null = stored && stored.bundle.language === place.language && stored.bundle.location.id === place.locationId ? stored.bundle : null;
  const search = useMemo(() => (bundle ? searchIndex(bundle.entries) : null), [bundle]);
  const [saved, setSaved] = useState<Set<string>>(new Set());
  useDocumentLanguage(place.language);
  const usage = usePhoneUsage(place.locationId, place.language);

  useEffect(() => {
    void offlineStore.saved(place.locationId).then((rows) => setSaved(new Set(rows.map((r) => r.itemId))));
  }, [place.locationId]);
  useEffect(() => {
    if (bundle) document.title = `Wegwijs · ${bundle.location.name}`;
  }, [bundle]);
  // Feedback kept while offline goes as soon as the hub answers again.
  useEffect(() => {
    if (state.online) void feedbackOutbox.flush();
  }, [state.online]);
  // Installing takes the manifest of this location and language (start_url and name).
  useManifestLink(place.locationId, place.language);

  const toggleSaved = useCallback(
    async (itemId: string) => {
      const keep = !saved.has(itemId);
      await offlineStore.setSaved(place.locationId, itemId, keep);
      setSaved((s) => {
        const next = new Set(s);
        if (keep) next.add(itemId);
        else next.delete(itemId);
        return next;
      });
    },
    [saved, place.locationId],
  );
  const open = useCallback((route: Route, replace = false) => go({ ...place, route }, replace), [go, place]);
  const nav = useMemo(() => phoneNavigation(place.route, open), [place.route, open]);

  if (!bundle || !search) return <LoadingScreen failed={state.failed} />;
  const context = { place, bundle, open, go, search, saved, toggleSaved, status: { online: state.online, checking: state.checking, checkedAt: stored!.checkedAt } };
  const route = place.route;
  return (
    <PhoneContext.Provider value={context}>
      <UsageContext.Provider value={usage}>
      <NavigationContext.Provider value={nav}>
        <AppFrame>
          {route.screen === 'home' && <HomeScreen />}
          {route.screen === 'category' && <CategoryScreen category={route.category} />}
          {route.screen === 'item' && <ArticleScreen itemId={route.itemId} />}
          {route.screen === 'search' && <SearchScreen query={route.query} />}
          {route.screen === 'saved' && <SavedScreen />}
          {route.screen === 'places' && <PlacesScreen current={place} />}
        </AppFrame>
      </NavigationContext.Provider>
      </UsageContext.Provider>
    </PhoneContext.Provider>
  );
}

function useManifestLink(locationId: string, language: LanguageCode) {
  useEffect(() => {
    let link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    if (!link) {
      link = document.createElement('link');
      link.rel = 'manifest';
      document.head.append(link);
    }
    link.href = phonePaths.manifest(locationId, language);
  }, [locationId, language]);
}

import { useCallback, useEffect, useState } from 'react';
import { CATEGORIES, type Category } from '../../../shared/categories';
import { isLanguageCode, type LanguageCode } from '../../../shared/languages';

/** Every screen has its own address, so a reload, a shared link or the back button lands on it. */
export type Route =
  | { screen: 'home' }
  | { screen: 'language' }
  | { screen: 'category'; category: Category }
  | { screen: 'item'; itemId: string }
  | { screen: 'search'; query: string }
  | { screen: 'saved' }
  | { screen: 'places' };

export interface Place {
  locationId: string;
  language: LanguageCode | null;
  route: Route;
}

const ID = '[0-9a-f-]{36}';
const PATH = new RegExp(`^/app/(${ID})(?:/(item/(${ID})|category/([a-z]+)|search|saved|places|language))?/?$`);

export function parseLocation(loc: Pick<Location, 'pathname' | 'search'>): Place | null {
  const m = PATH.exec(loc.pathname);
  if (!m) return null;
  const params = new URLSearchParams(loc.search);
  const lang = params.get('lang');
  const language = lang && isLanguageCode(lang) ? lang : null;
  const [, locationId, part, itemId, category] = m;
  const knownCategory = CATEGORIES.find((c) => c === category);
  let route: Route = { screen: 'home' };
  if (itemId) route = { screen: 'item', itemId };
  else if (knownCategory) route = { screen: 'category', category: knownCategory };
  else if (part === 'search') route = { screen: 'search', query: params.get('q') ?? '' };
  else if (part === 'saved' || part === 'places' || part === 'language') route = { screen: part };
  return { locationId: locationId!, language: language, route: language ? route : { screen: 'language' } };
}

export function placeUrl({ locationId, language, route }: Place): string {
  const tail = {
    home: '',
    language: '/language',
    category: route.screen === 'category' ? `/category/${route.category}` : '',
    item: route.screen === 'item' ? `/item/${route.itemId}` : '',
    search: '/search',
    saved: '/saved',
    places: '/places',
  }[route.screen];
  const params = new URLSearchParams();
  if (language) params.set('lang', language);
  if (route.screen === 'search' && route.query) params.set('q', route.query);
  const query = params.toString();
  return `/app/${locationId}${tail}${query ? `?${query}` : ''}`;
}

/** The current place from the address bar; `go` adds a history entry, `replace` does not. */
export function usePlace() {
  const [place, setPlace] = useState(() => parseLocation(window.location));
  useEffect(() => {
    const onPop = () => setPlace(parseLocation(window.location));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((next: Place, replace = false) => {
    const url = placeUrl(next);
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setPlace(next);
    if (!replace) window.scrollTo(0, 0);
  }, []);
  return { place, go };
}

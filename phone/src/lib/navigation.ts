import type { Navigation, Screen } from '../../../shared/ui/navigation';
import type { Route } from './route';

/** The shared worker screens navigate in the kiosk's terms; on the phone each of those is an address. */
export function screenOf(route: Route): Screen {
  switch (route.screen) {
    case 'category':
      return { kind: 'category', category: route.category };
    case 'item':
      return { kind: 'article', itemId: route.itemId };
    case 'search':
      return { kind: 'search' };
    default:
      return { kind: 'home' };
  }
}

function routeOf(screen: Screen): Route {
  switch (screen.kind) {
    case 'category':
      return { screen: 'category', category: screen.category };
    case 'article':
      return { screen: 'item', itemId: screen.itemId };
    case 'search':
      return { screen: 'search', query: '' };
    case 'home':
      return { screen: 'home' };
  }
}

/** The phone's navigation: the browser's history is the way back, so Back on the phone works too. */
export function phoneNavigation(route: Route, open: (route: Route, replace?: boolean) => void): Navigation {
  const query = route.screen === 'search' ? route.query : '';
  return {
    screen: screenOf(route),
    canGoBack: history.length > 1,
    canSearch: true,
    open: (screen) => open(routeOf(screen)),
    back: () => history.back(),
    home: () => open({ screen: 'home' }),
    startOver: () => open({ screen: 'language' }),
    query,
    setQuery: (next) => open({ screen: 'search', query: next }, true),
  };
}

import { createContext, useContext } from 'react';
import type { Category } from '../categories';

/** Where the worker is; the stack is the way back. */
export type Screen =
  | { kind: 'home' }
  | { kind: 'category'; category: Category }
  | { kind: 'article'; itemId: string }
  | { kind: 'search' };

export interface Navigation {
  screen: Screen;
  canGoBack: boolean;
  /** The kiosk has a search; the console's preview has none. */
  canSearch: boolean;
  open(screen: Screen): void;
  back(): void;
  home(): void;
  /** Back to the language screen; everything the worker did is forgotten. */
  startOver(): void;
  /** The search text lives here, so "back" from an article still shows the results. */
  query: string;
  setQuery(query: string): void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation outside a worker screen');
  return nav;
}

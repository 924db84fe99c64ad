import { createContext, useContext } from 'react';
import type { Category } from '../../../shared/categories';

/** Where the worker is; the stack is the way back. */
export type Screen =
  | { kind: 'home' }
  | { kind: 'category'; category: Category }
  | { kind: 'article'; itemId: string }
  | { kind: 'search' };

export interface Navigation {
  screen: Screen;
  canGoBack: boolean;
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
  if (!nav) throw new Error('useNavigation outside a kiosk session');
  return nav;
}

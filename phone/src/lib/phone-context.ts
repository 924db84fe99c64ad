import { createContext, useContext } from 'react';
import type { LanguageCode } from '../../../shared/languages';
import type { FeedEntry } from '../../../shared/merged-feed';
import type { PhoneBundle } from '../../../shared/phone-bundle';
import type { Place, Route } from './route';

export interface PhoneContextValue {
  place: Place & { language: LanguageCode };
  bundle: PhoneBundle;
  open(route: Route, replace?: boolean): void;
  go(next: Place, replace?: boolean): void;
  search(query: string): FeedEntry[];
  saved: Set<string>;
  toggleSaved(itemId: string): Promise<void>;
  status: { online: boolean; checking: boolean; checkedAt: string };
}

export const PhoneContext = createContext<PhoneContextValue | null>(null);

/** The location on screen, its content and what the worker can do with it. */
export function usePhone(): PhoneContextValue {
  const value = useContext(PhoneContext);
  if (!value) throw new Error('usePhone outside a location');
  return value;
}

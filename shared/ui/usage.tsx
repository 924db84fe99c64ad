import { createContext, useContext, useEffect, useRef } from 'react';
import type { UsageEvent, UsageRecorder } from '../usage';

/** Counting is off unless the screen's device gives a recorder (the console's preview counts nothing). */
export const UsageContext = createContext<UsageRecorder>({ record() {} });

export function useUsage(): UsageRecorder {
  return useContext(UsageContext);
}

/** Counts `event` once when the screen shows it, and again only when `key` changes. */
export function useCountOnce(event: UsageEvent | null, key: string): void {
  const usage = useUsage();
  const latest = useRef(event);
  latest.current = event;
  useEffect(() => {
    if (latest.current) usage.record(latest.current);
  }, [key, usage]);
}

/** How long search words must stay unchanged to count as a search (not every key press). */
export const SEARCH_SETTLED_MS = 1_500;

/** Counts a search once the worker stopped typing, as one that found nothing when `found` is 0. */
export function useSearchCount(language: string, words: string, found: number | undefined): void {
  const usage = useUsage();
  useEffect(() => {
    if (found === undefined || words.trim().length < 2) return;
    const timer = setTimeout(() => usage.record({ kind: found === 0 ? 'search_empty' : 'search', language, words }), SEARCH_SETTLED_MS);
    return () => clearTimeout(timer);
  }, [language, words, found, usage]);
}

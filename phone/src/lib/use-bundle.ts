import { useCallback, useEffect, useRef, useState } from 'react';
import type { LanguageCode } from '../../../shared/languages';
import { phonePaths, type PhoneBundle } from '../../../shared/phone-bundle';
import { imagesWithinBudget } from './image-budget';
import { offlineStore, type StoredBundle } from './offline-store';

/** How often an open app asks the hub whether anything changed (a 304 costs a few bytes). */
export const CHECK_EVERY_MS = 3 * 60_000;
/** A connection that just came back often fails its first request: try again soon after. */
const RETRY_MS = 5_000;

export interface BundleState {
  stored: StoredBundle | null;
  /** The last check reached the hub. */
  online: boolean;
  checking: boolean;
  /** Nothing stored and the hub unreachable: the first open needs a connection. */
  failed: boolean;
}

/** Keeps the images of the location on the phone (the service worker caches them), within the budget. */
async function keepImages(bundle: PhoneBundle) {
  for (const id of imagesWithinBudget(bundle.images)) await fetch(`/media/${id}`).catch(() => undefined);
}

/**
 * The location's content in one language: shown at once from the phone's own store, then
 * checked with the hub (If-None-Match) on open, every few minutes, when the connection returns
 * and when the app comes back to the front.
 */
export function useBundle(locationId: string, language: LanguageCode | null): BundleState & { check(): Promise<void> } {
  const [state, setState] = useState<BundleState>({ stored: null, online: navigator.onLine, checking: false, failed: false });
  const current = useRef<StoredBundle | null>(null);
  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const check = useCallback(async () => {
    if (!language) return;
    clearTimeout(retry.current);
    setState((s) => ({ ...s, checking: true }));
    const before = current.current ?? (await offlineStore.bundle(locationId, language)) ?? null;
    try {
      const res = await fetch(phonePaths.bundle(locationId, language), {
        cache: 'no-store',
        headers: before?.etag ? { 'if-none-match': before.etag } : {},
      });
      let next: StoredBundle;
      if (res.status === 304 && before) next = await offlineStore.touch(before, new Date());
      else if (res.ok) {
        const bundle = (await res.json()) as PhoneBundle;
        next = await offlineStore.putBundle(bundle, res.headers.get('etag'), new Date());
        void keepImages(bundle);
      } else throw new Error(`The hub answered ${res.status}`);
      current.current = next;
      setState({ stored: next, online: true, checking: false, failed: false });
    } catch {
      current.current = before;
      setState({ stored: before, online: false, checking: false, failed: !before });
      if (navigator.onLine) retry.current = setTimeout(() => void check(), RETRY_MS);
    }
  }, [locationId, language]);

  useEffect(() => {
    if (!language) return;
    let cancelled = false;
    current.current = null;
    void offlineStore.bundle(locationId, language).then((stored) => {
      if (cancelled) return;
      current.current = stored ?? null;
      if (stored) setState((s) => ({ ...s, stored }));
      void check();
    });
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    const onVisible = () => document.visibilityState === 'visible' && void check();
    const onOnline = () => void check();
    const onOffline = () => setState((s) => ({ ...s, online: false }));
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      clearInterval(timer);
      clearTimeout(retry.current);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [locationId, language, check]);

  return { ...state, check };
}

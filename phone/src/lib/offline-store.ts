import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LanguageCode } from '../../../shared/languages';
import type { PhoneBundle } from '../../../shared/phone-bundle';

/** One location in one language as the phone keeps it, with when it last heard from the hub. */
export interface StoredBundle {
  key: string;
  bundle: PhoneBundle;
  etag: string | null;
  /** When the hub last confirmed this content (200 or 304). */
  checkedAt: string;
}

export interface SavedArticle {
  key: string;
  locationId: string;
  itemId: string;
  savedAt: string;
}

interface PhoneDb extends DBSchema {
  bundles: { key: string; value: StoredBundle };
  saved: { key: string; value: SavedArticle; indexes: { byLocation: string } };
}

const bundleKey = (locationId: string, language: LanguageCode) => `${locationId}/${language}`;

let opened: Promise<IDBPDatabase<PhoneDb>> | null = null;
function db() {
  opened ??= openDB<PhoneDb>('wegwijs', 1, {
    upgrade(d) {
      d.createObjectStore('bundles', { keyPath: 'key' });
      d.createObjectStore('saved', { keyPath: 'key' }).createIndex('byLocation', 'locationId');
    },
  });
  return opened;
}

/** Everything stays on this phone: nothing here is ever sent anywhere. */
export const offlineStore = {
  async bundle(locationId: string, language: LanguageCode): Promise<StoredBundle | undefined> {
    return (await db()).get('bundles', bundleKey(locationId, language));
  },

  async putBundle(bundle: PhoneBundle, etag: string | null, checkedAt: Date): Promise<StoredBundle> {
    const stored = { key: bundleKey(bundle.location.id, bundle.language), bundle, etag, checkedAt: checkedAt.toISOString() };
    await (await db()).put('bundles', stored);
    return stored;
  },

  async touch(stored: StoredBundle, checkedAt: Date): Promise<StoredBundle> {
    const next = { ...stored, checkedAt: checkedAt.toISOString() };
    await (await db()).put('bundles', next);
    return next;
  },

  /** The places this phone has been to (each with the languages kept for it), most recent first. */
  async places(): Promise<{ id: string; name: string; municipality: string; languages: LanguageCode[]; checkedAt: string }[]> {
    const all = await (await db()).getAll('bundles');
    const byPlace = new Map<string, { id: string; name: string; municipality: string; languages: LanguageCode[]; checkedAt: string }>();
    for (const s of all) {
      const place = byPlace.get(s.bundle.location.id) ?? { ...s.bundle.location, languages: [], checkedAt: s.checkedAt };
      place.languages.push(s.bundle.language);
      if (s.checkedAt > place.checkedAt) place.checkedAt = s.checkedAt;
      byPlace.set(place.id, place);
    }
    return [...byPlace.values()].sort((a, b) => b.checkedAt.localeCompare(a.checkedAt));
  },

  async saved(locationId: string): Promise<SavedArticle[]> {
    return (await db()).getAllFromIndex('saved', 'byLocation', locationId);
  },

  async setSaved(locationId: string, itemId: string, keep: boolean): Promise<void> {
    const key = `${locationId}/${itemId}`;
    const d = await db();
    if (keep) await d.put('saved', { key, locationId, itemId, savedAt: new Date().toISOString() });
    else await d.delete('saved', key);
  },
};

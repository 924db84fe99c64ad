import { createHash } from 'node:crypto';
import type { LanguageCode } from '../../shared/languages';
import { mergeFeed, resolveEntry, type FeedEntry } from '../../shared/merged-feed';
import type { PhoneBundle } from '../../shared/phone-bundle';
import type { PublishedItem } from '../../shared/sync';
import type { HubDeps } from './context-types';
import { phoneData } from './data/scope';
import { PreparedBody } from './prepared-response';

/**
 * Built once per published state: the scoped feed hands out the same items array until its
 * location's change log moves, so a bundle is keyed by that array and rebuilt only after a change.
 */
const built = new WeakMap<readonly PublishedItem[], Map<string, PreparedBody>>();

/**
 * One location's bundle in one language. The version is a hash of the content, so it changes
 * exactly when what a phone would show changes (a publish, an expiry, a new name), and is the
 * strong ETag of the response. Throws NOT_FOUND for an unknown location.
 */
export async function phoneBundle(deps: HubDeps, locationId: string, language: LanguageCode): Promise<PreparedBody> {
  const data = await phoneData(deps, locationId);
  const items = await data.feed.items();
  let cached = built.get(items);
  if (!cached) built.set(items, (cached = new Map()));
  // Renaming a location or choosing its languages moves no content, so they are part of the key.
  const key = `${language} ${data.location.name} ${data.location.municipality} ${data.location.languages?.join(',') ?? ''}`;
  const hit = cached.get(key);
  if (hit) return hit;

  const entries = mergeFeed(items, language);
  // An outdated translation offers its original, so the phone keeps that text too.
  const originals: Record<string, FeedEntry> = {};
  for (const entry of entries.filter((e) => e.originalChangedAt)) {
    const original = resolveEntry(items.find((i) => i.id === entry.id)!, entry.sourceLanguage);
    if (original) originals[entry.id] = original;
  }
  const content: Omit<PhoneBundle, 'version'> = {
    language,
    location: data.location,
    entries,
    originals,
    images: await data.mediaSizes(entries.flatMap((e) => e.images.map((i) => i.mediaId))),
  };
  const text = JSON.stringify(content);
  const version = createHash('sha256').update(text).digest('base64url').slice(0, 22);
  // Served like every prepared read of the hub: compressed once, off the event loop, 304 on its ETag.
  const bundle = new PreparedBody(Buffer.from(`{"version":"${version}",${text.slice(1)}`), 'application/json; charset=utf-8', version);
  cached.set(key, bundle);
  return bundle;
}

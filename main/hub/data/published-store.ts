import type { LanguageCode } from '../../../shared/languages';
import { languageCoverage, mergeFeed, resolveEntry, toListEntry, visibilityAt, type FeedListEntry, type FeedEntry } from '../../../shared/merged-feed';
import { nextCursor, pullInputSchema, type PublishedItem, type PullInput, type PullPage, type TombstoneReason } from '../../../shared/sync';
import type { Category } from '../../../shared/categories';
import type { Db } from '../db/open';
import type { HubDeps } from '../context-types';
import { notFound } from '../errors';
import { itemIdsOfTenants, readPublishedRows, type PublishedRow } from './item-rows';

/** The tenants whose layers a location shows: every national tenant, its municipality, its linked employers. */
export function locationLayers(db: Db, locationId: string): string[] {
  return (
    db
      .prepare(
        `SELECT id FROM tenants WHERE kind = 'national'
         UNION SELECT tenant_id FROM locations WHERE id = @loc
         UNION SELECT employer_tenant_id FROM location_employers WHERE location_id = @loc`,
      )
      .all({ loc: locationId }) as { id: string }[]
  ).map((r) => r.id);
}

/** The newest change that can matter to a location: its layers' items, or its own settings. */
function latestSeqFor(db: Db, locationId: string): number {
  const layers = locationLayers(db, locationId);
  let seq = (db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM change_log WHERE location_id = ?').get(locationId) as { seq: number }).seq;
  const byTenant = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM change_log WHERE tenant_id = ? AND location_id IS NULL');
  for (const tenantId of layers) seq = Math.max(seq, (byTenant.get(tenantId) as { seq: number }).seq);
  // Linking, unlinking and hiding append entries for this location, so they move `seq` too.
  return seq;
}

function hiddenAt(db: Db, locationId: string): Set<string> {
  const rows = db.prepare('SELECT item_id FROM hidden_items WHERE location_id = ?').all(locationId) as { item_id: string }[];
  return new Set(rows.map((r) => r.item_id));
}


function rowVerdict(row: PublishedRow | undefined, layers: string[], hidden: Set<string>, now: Date): 'visible' | TombstoneReason {
  if (!row || row.deletedAt) return 'deleted';
  if (!layers.includes(row.tenantId)) return 'unlinked';
  if (hidden.has(row.id)) return 'hidden';
  return visibilityAt(row, now);
}

interface CachedFeed {
  seq: number;
  items: PublishedItem[];
  byLanguage: Map<string, FeedListEntry[]>;
}
const CACHE_LIMIT = 64;
const feedCache = new WeakMap<Db, Map<string, CachedFeed>>();

/** The merged, published content of one location. Callers have already been allowed to read it. */
export function publishedStore(deps: HubDeps, locationId: string) {
  const { db, changes } = deps;
  const exists = db.prepare('SELECT 1 FROM locations WHERE id = ?').get(locationId);
  if (!exists) throw notFound('Location');

  /** One page of changes for this location: visible items as their stored JSON, the rest as tombstones. */
  function pullRows(input: PullInput): Omit<PullPage<never>, 'items'> & { items: string[] } {
    const { since, until, limit } = pullInputSchema.parse(input);
    const now = deps.now();
    changes.tick(now);
    const layers = locationLayers(db, locationId);
    const rows = db
      .prepare(
        `SELECT item_id, MAX(seq) AS seq FROM change_log
         WHERE seq > @since AND seq <= @until AND (location_id = @loc OR (location_id IS NULL AND tenant_id IN (SELECT value FROM json_each(@layers))))
         GROUP BY item_id ORDER BY seq LIMIT @limit`,
      )
      .all({ since, until: until ?? Number.MAX_SAFE_INTEGER, layers: JSON.stringify(layers), loc: locationId, limit: limit + 1 }) as { item_id: string; seq: number }[];
    const hasMore = rows.length > limit;
    const page = rows.slice(0, limit);
    const stored = readPublishedRows(db, page.map((r) => r.item_id));
    const hidden = hiddenAt(db, locationId);
    const latestSeq = changes.latestSeq();
    const result = {
      items: [] as string[],
      tombstones: [] as PullPage<never>['tombstones'],
      cursor: nextCursor(page.at(-1)?.seq, hasMore, since, until, latestSeq),
      hasMore,
      latestSeq,
      databaseId: changes.databaseId(),
      hubTime: now.toISOString(),
    };
    for (const row of page) {
      const s = stored.get(row.item_id);
      const v = rowVerdict(s, layers, hidden, now);
      // A live item always has its published JSON (written with it, or filled in when the hub opened).
      if (v === 'visible') result.items.push(s!.json!);
      else result.tombstones.push({ id: row.item_id, reason: v });
    }
    return result;
  }

  /**
   * Cached until the change log moves for this location's layers or its own settings; validity
   * windows move it too, through `tick`. A change in another town does not rebuild this one.
   */
  function current(): CachedFeed {
    changes.tick(deps.now());
    const seq = latestSeqFor(db, locationId);
    let cache = feedCache.get(db);
    if (!cache) feedCache.set(db, (cache = new Map()));
    const hit = cache.get(locationId);
    if (hit && hit.seq === seq) return hit;
    const layers = locationLayers(db, locationId);
    const hidden = hiddenAt(db, locationId);
    const now = deps.now();
    const items: PublishedItem[] = [];
    for (const row of readPublishedRows(db, itemIdsOfTenants(db, layers)).values()) {
      if (rowVerdict(row, layers, hidden, now) === 'visible') items.push(JSON.parse(row.json!) as PublishedItem);
    }
    const fresh: CachedFeed = { seq, items, byLanguage: new Map() };
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(locationId, fresh);
    return fresh;
  }

  return {
    items: () => current().items,

    /** The list a worker browses: entries without their bodies (the article call brings those). */
    merged(language: LanguageCode, category?: Category): FeedListEntry[] {
      const feed = current();
      let entries = feed.byLanguage.get(language);
      if (!entries) feed.byLanguage.set(language, (entries = mergeFeed(feed.items, language).map(toListEntry)));
      return category ? entries.filter((e) => e.category === category) : entries;
    },

    article(itemId: string, language: LanguageCode): FeedEntry {
      const item = current().items.find((i) => i.id === itemId);
      const entry = item && resolveEntry(item, language);
      if (!entry) throw notFound('Article');
      return entry;
    },

    languages: () => languageCoverage(current().items),

    /** A kiosk's pull: what changed for this location since `since`, with tombstones for what left it. */
    pull(input: PullInput): PullPage<PublishedItem> {
      const { items, ...rest } = pullRows(input);
      return { ...rest, items: items.map((json) => JSON.parse(json) as PublishedItem) };
    },

    /**
     * The same page as `pull`, as JSON text built from each item's stored published form: the
     * bulk path of a kiosk's first pull, which then costs no assembling or re-encoding here.
     */
    pullJson(input: PullInput): string {
      const { items, ...rest } = pullRows(input);
      const tail = JSON.stringify(rest).slice(1);
      return `{"items":[${items.join(',')}],${tail}`;
    },
  };
}

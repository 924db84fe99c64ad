import type { LanguageCode } from '../../../shared/languages';
import { languageCoverage, resolveEntry, type FeedListEntry, type FeedEntry } from '../../../shared/merged-feed';
import { nextCursor, pullInputSchema, type PublishedItem, type PullInput, type PullPage } from '../../../shared/sync';
import type { Category } from '../../../shared/categories';
import type { HubDeps } from '../context-types';
import { notFound } from '../errors';
import { PreparedBody } from '../prepared-response';
import { feedCacheOf, rowVerdict } from './feed-cache';
import { readPublishedRows } from './item-rows';
import { anyOf } from '../db/dialect';

export interface FeedPageInput {
  language: LanguageCode;
  category?: Category;
  offset: number;
  limit: number;
}

/** The merged, published content of one location. Callers have already been allowed to read it. */
export async function publishedStore(deps: HubDeps, locationId: string) {
  // Only reads here: on the connection that never waits for an editor's write in progress.
  const { reads: db, changes } = deps;
  const cache = feedCacheOf(deps);
  // Windows that opened or closed since the last read append their entries first.
  await changes.tick(deps.now());
  const found = await cache.feed(locationId);
  if (!found) throw notFound('Location');
  const feed = found;
  const generation = feed.generation;

  /** One page of changes for this location: visible items as their stored JSON, the rest as tombstones. */
  async function pullRows(input: PullInput): Promise<Omit<PullPage<never>, 'items'> & { items: string[] }> {
    const { since, until, limit } = pullInputSchema.parse(input);
    const now = deps.now();
    const layers = await cache.layersOf(locationId);
    // The end first, and the page stops there: an entry committed meanwhile waits for the next pull.
    const latestSeq = await changes.latestSeq();
    const rows = await db
      .selectFrom('change_log')
      .select(['item_id', (eb) => eb.fn.max('seq').as('seq')])
      .where('seq', '>', since)
      .where('seq', '<=', Math.min(until ?? latestSeq, latestSeq))
      .where((eb) => eb.or([eb('location_id', '=', locationId), eb.and([eb('location_id', 'is', null), anyOf(db, 'tenant_id', [...layers])])]))
      .groupBy('item_id')
      .orderBy((eb) => eb.fn.max('seq'))
      .limit(limit + 1)
      .execute();
    const hasMore = rows.length > limit;
    const page = rows.slice(0, limit);
    const stored = await readPublishedRows(db, page.map((r) => r.item_id));
    const result = {
      items: [] as string[],
      tombstones: [] as PullPage<never>['tombstones'],
      cursor: nextCursor(page.at(-1)?.seq, hasMore, since, until, latestSeq),
      hasMore,
      latestSeq,
      databaseId: await changes.databaseId(),
      hubTime: now.toISOString(),
    };
    for (const row of page) {
      const s = stored.get(row.item_id);
      const v = rowVerdict(s, layers, feed.hidden, now);
      // A live item always has its published JSON (written with it, or filled in when the hub opened).
      if (v === 'visible') result.items.push(s!.json!);
      else result.tombstones.push({ id: row.item_id, reason: v });
    }
    return result;
  }

  async function pullJson(input: PullInput): Promise<string> {
    const { items, ...rest } = await pullRows(input);
    const tail = JSON.stringify(rest).slice(1);
    return `{"items":[${items.join(',')}],${tail}`;
  }

  /** A page of the list a worker browses, as JSON: made from each entry's JSON, kept until its item changes. */
  async function mergedPageJson({ language, category, offset, limit }: FeedPageInput): Promise<string> {
    const rows = category ? feed.order.filter((r) => r.category === category) : feed.order;
    const ids = rows.slice(offset, offset + limit).map((r) => r.id);
    return `[${(await cache.listEntriesJson(ids, language)).join(',')}]`;
  }

  /** Every visible item in full, read once per change of the location. */
  async function items(): Promise<PublishedItem[]> {
    feed.full ??= [...(await readPublishedRows(db, feed.order.map((r) => r.id))).values()].map((r) => JSON.parse(r.json!) as PublishedItem);
    return feed.full;
  }

  return {
    items,

    mergedPageJson,

    /** The list a worker browses, in feed order: entries without their bodies (the article call brings those). */
    mergedPage: async (input: FeedPageInput) => JSON.parse(await mergedPageJson(input)) as FeedListEntry[],

    async article(itemId: string, language: LanguageCode): Promise<FeedEntry> {
      const visible = feed.order.some((r) => r.id === itemId);
      const json = visible ? (await readPublishedRows(db, [itemId])).get(itemId)?.json : null;
      const entry = json && resolveEntry(JSON.parse(json) as PublishedItem, language);
      if (!entry) throw notFound('Article');
      return entry;
    },

    languages: async () => languageCoverage([...(await cache.slimItems(feed.order.map((r) => r.id))).values()]),

    /**
     * A response made from this location's content (a feed page, the whole feed), prepared once
     * and kept until the location's content changes; `key` names what it answers.
     */
    prepared: (key: string, make: () => Promise<PreparedBody>) => cache.prepared(feed, generation, key, make),

    /** A kiosk's pull: what changed for this location since `since`, with tombstones for what left it. */
    async pull(input: PullInput): Promise<PullPage<PublishedItem>> {
      const { items, ...rest } = await pullRows(input);
      return { ...rest, items: items.map((json) => JSON.parse(json) as PublishedItem) };
    },

    /**
     * The same page as `pull`, as JSON text built from each item's stored published form, prepared
     * once for every kiosk of the location asking the same range while the hub's sequence stands.
     */
    async preparedPull(input: PullInput): Promise<PreparedBody> {
      const { since, until, limit } = pullInputSchema.parse(input);
      const key = `${locationId}|${since}|${until ?? ''}|${limit}|${await changes.latestSeq()}`;
      return cache.pulls.get(key, async () => PreparedBody.json(await pullJson(input)));
    },
  };
}

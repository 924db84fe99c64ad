import { compareFeedEntries, resolveEntry, toListEntry, visibilityAt } from '../../../shared/merged-feed';
import type { LanguageCode } from '../../../shared/languages';
import type { Category, ItemKind } from '../../../shared/categories';
import type { PublishedItem, TombstoneReason } from '../../../shared/sync';
import type { HubDeps } from '../context-types';
import { anyOf } from '../db/dialect';
import { PreparedBody, PreparedCache } from '../prepared-response';
import type { ChangeEvent } from './change-log';
import { readPublishedRows } from './item-rows';
import { locationLayersOf, type LocationLayers } from './location-layers';
import { perHub } from './per-hub';

/** What ordering and visibility need of an item: its columns, not its texts. */
export interface OrderRow {
  id: string;
  tenantId: string;
  category: Category;
  kind: ItemKind;
  pinned: boolean;
  priority: number;
  updatedAt: string;
  published: boolean;
  validFrom: string | null;
  validUntil: string | null;
  deletedAt: string | null;
}

export function rowVerdict(
  row: Pick<OrderRow, 'id' | 'tenantId' | 'published' | 'validFrom' | 'validUntil' | 'deletedAt'> | undefined,
  layers: ReadonlySet<string>,
  hidden: ReadonlySet<string>,
  now: Date,
): 'visible' | TombstoneReason {
  if (!row || row.deletedAt) return 'deleted';
  if (!layers.has(row.tenantId)) return 'unlinked';
  if (hidden.has(row.id)) return 'hidden';
  return visibilityAt(row, now);
}

/** One location's visible items in feed order, and the responses prepared from them until it changes. */
export interface LocationFeed {
  locationId: string;
  /** The layers `order` was made from. */
  layers: ReadonlySet<string>;
  hidden: Set<string>;
  order: OrderRow[];
  /** Items changed since `order` was made; applied on the next read, not by the writer. */
  pending: Set<string>;
  /** Its layers or hidden items changed: rebuild `order` on the next read. */
  stale: boolean;
  prepared: Map<string, Promise<PreparedBody>>;
  /** Counts the times the location's content changed: bytes made from an older state are not kept. */
  generation: number;
  /** The prepared responses that are made: what a read takes without waiting. */
  ready: Map<string, PreparedBody>;
  /** How each prepared response is made, to make it again after a change. */
  makers: Map<string, () => Promise<PreparedBody>>;
  /**
   * A change was heard and its pages are being made again (`refresh`): meanwhile readers answered
   * from memory still get the bytes from before it, as if they had asked a moment earlier.
   */
  refreshing: boolean;
  full: PublishedItem[] | null;
}

const FEED_LIMIT = 512;
const PREPARED_PER_LOCATION = 64;
/**
 * Pages made again by the writer after a change, most recently made first; the rest wait for
 * their next reader. Only small ones (a screen's page, about a millisecond each): a whole feed of
 * 1.3 MB takes 10–20 ms, which the writer and every reader behind it would wait for.
 */
const REFRESH_BUDGET = 24;
/** Pull pages kept for kiosks asking the same range: a fleet's first pulls, a fleet's pull after a notice. */
const PULL_BUDGET = 96 * 1024 * 1024;

/**
 * The hub's memory of merged feeds. A change to an item touches only the locations that show its
 * layer, and there only that item (its place in the order, its text); the prepared responses of
 * those locations are made again before the writer is answered (`refresh`, page by page, readers
 * served in between), so readers never wait for a write. Locations nobody changed keep their
 * bytes and ETags. Texts are kept without bodies (lists do not show them). Where other instances
 * write too (PostgreSQL), a change drops the pages instead and the next reader makes them.
 */
export class FeedCache {
  private readonly feeds = new Map<string, LocationFeed>();
  private readonly slims = new Map<string, PublishedItem>();
  /** Each item's list entry per language as JSON (null: nothing to show in it), made once per change of the item. */
  private readonly entries = new Map<string, Map<LanguageCode, string | null>>();
  readonly pulls = new PreparedCache<string>(PULL_BUDGET);
  private readonly layers: LocationLayers;
  /** Feeds are made and corrected one at a time, so two readers never apply the same changes twice. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: Pick<HubDeps, 'reads' | 'changes' | 'now'>) {
    this.layers = locationLayersOf(deps);
    deps.changes.onChange((e) => this.changed(e));
    deps.changes.afterChanges(() => this.refresh());
  }

  /** Locations changed since the last refresh. */
  private readonly toRefresh = new Set<LocationFeed>();

  private changed(e: ChangeEvent): void {
    this.slims.delete(e.itemId);
    this.entries.delete(e.itemId);
    for (const feed of this.feeds.values()) {
      if (e.locationId !== null) {
        if (e.locationId === feed.locationId) this.retire(feed, true);
      } else if (feed.stale) {
        continue;
      } else if (feed.layers.has(e.tenantId)) {
        feed.pending.add(e.itemId);
        this.retire(feed, false);
      } else if (e.national) {
        // A national tenant the feed has not shown yet: a new layer for every location.
        this.retire(feed, true);
      }
    }
  }

  /** The feed's pages are out of date: made again by `refresh` (one writer), or dropped (several). */
  private retire(feed: LocationFeed, stale: boolean): void {
    if (this.deps.changes.shared) return forget(feed, stale);
    if (stale) feed.stale = true;
    feed.generation++;
    feed.prepared.clear();
    feed.full = null;
    feed.refreshing = true;
    this.toRefresh.add(feed);
  }

  /**
   * Makes the small pages of changed locations again, one per turn of the event loop, most
   * recently read locations first, up to REFRESH_BUDGET pages; the rest are dropped for their next
   * reader.
   * Runs after the change log's listeners heard a batch, before the writer is answered.
   */
  private async refresh(): Promise<void> {
    const changed = [...this.feeds.values()].filter((f) => this.toRefresh.has(f)).reverse();
    this.toRefresh.clear();
    let budget = REFRESH_BUDGET;
    for (const feed of changed) {
      const generation = feed.generation;
      const pages = [...feed.makers].filter(([key]) => feed.ready.get(key)?.small).slice(-Math.max(0, budget));
      budget -= pages.length;
      try {
        if (pages.length) await this.inTurn(feed.locationId);
        for (const [key, make] of pages) {
          await new Promise((resolve) => setImmediate(resolve));
          if (feed.generation !== generation) break;
          await this.prepared(feed, generation, key, make);
        }
      } catch {
        // A page that cannot be made now (a closing hub) is left to its next reader.
        forget(feed, true);
        continue;
      }
      // Another change came meanwhile: its own refresh takes over.
      if (feed.generation !== generation) continue;
      for (const key of [...feed.ready.keys()]) if (!feed.prepared.has(key)) feed.ready.delete(key);
      for (const key of [...feed.makers.keys()]) if (!feed.prepared.has(key)) feed.makers.delete(key);
      feed.refreshing = false;
    }
  }

  /**
   * The location's feed, current as of the last entry in the change log; null for an unknown
   * location. Where other instances write too, reads the log from this instance's cursor first
   * (one indexed query), so their writes are seen before the feed is served; a single SQLite hub
   * has heard of every write at its commit, so its reads skip that query.
   */
  async feed(locationId: string): Promise<LocationFeed | null> {
    if (this.deps.changes.shared) await this.deps.changes.catchUp();
    return this.inTurn(locationId);
  }

  private inTurn(locationId: string): Promise<LocationFeed | null> {
    const result = this.turn.then(() => this.current(locationId));
    this.turn = result.catch(() => undefined);
    return result;
  }

  private async current(locationId: string): Promise<LocationFeed | null> {
    let feed = this.feeds.get(locationId);
    if (feed) {
      this.feeds.delete(locationId);
      this.feeds.set(locationId, feed);
    } else {
      if (!(await this.deps.reads.selectFrom('locations').select('id').where('id', '=', locationId).executeTakeFirst())) return null;
      feed = { locationId, layers: new Set(), hidden: new Set(), order: [], pending: new Set(), stale: true, generation: 0, prepared: new Map(), ready: new Map(), makers: new Map(), refreshing: false, full: null };
      this.feeds.set(locationId, feed);
      if (this.feeds.size > FEED_LIMIT) this.feeds.delete(this.feeds.keys().next().value!);
    }
    if (feed.stale) await this.rebuild(feed);
    else if (feed.pending.size) await this.apply(feed);
    return feed;
  }

  /**
   * Orders every location's items and reads the texts of its first page, one location after the
   * other, so the first readers after a start find their feed made. A request that comes first
   * makes its own location's feed itself; this then finds it done.
   */
  async warm(firstPage: number): Promise<void> {
    try {
      const ids = (await this.deps.reads.selectFrom('locations').select('id').execute()).map((r) => r.id);
      for (const id of ids) {
        const feed = await this.feed(id);
        if (feed) await this.slimItems(feed.order.slice(0, firstPage).map((r) => r.id));
      }
    } catch {
      // A hub stopped right after its start (tests, a failed deploy) has closed its database: stop warming.
    }
  }

  layersOf(locationId: string): Promise<ReadonlySet<string>> {
    return this.layers.of(locationId);
  }

  private async rebuild(feed: LocationFeed): Promise<void> {
    // Changes heard while reading are applied on the next read.
    feed.stale = false;
    feed.pending.clear();
    const layers = await this.layers.of(feed.locationId);
    const hidden = await this.deps.reads.selectFrom('hidden_items').select('item_id').where('location_id', '=', feed.locationId).execute();
    const rows = await this.rows([...layers], 'tenant_id');
    const now = this.deps.now();
    feed.layers = layers;
    feed.hidden = new Set(hidden.map((h) => h.item_id));
    feed.order = rows.filter((r) => rowVerdict(r, layers, feed.hidden, now) === 'visible').sort(compareFeedEntries);
  }

  /** Moves each changed item to its new place (or out), leaving the rest of the order as it was. */
  private async apply(feed: LocationFeed): Promise<void> {
    const gone = feed.pending;
    feed.pending = new Set();
    const changed = await this.rows([...gone], 'id');
    const now = this.deps.now();
    feed.order = feed.order.filter((r) => !gone.has(r.id));
    for (const row of changed) {
      if (rowVerdict(row, feed.layers, feed.hidden, now) !== 'visible') continue;
      let low = 0;
      let high = feed.order.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (compareFeedEntries(feed.order[mid]!, row) < 0) low = mid + 1;
        else high = mid;
      }
      feed.order.splice(low, 0, row);
    }
  }

  /** Live items of some tenants (`tenant_id`), or items by id (`id`, deleted ones too). */
  private async rows(ids: string[], by: 'tenant_id' | 'id'): Promise<OrderRow[]> {
    const db = this.deps.reads;
    let query = db
      .selectFrom('items')
      .select(['id', 'tenant_id', 'category', 'kind', 'pinned', 'priority', 'updated_at', 'published', 'valid_from', 'valid_until', 'deleted_at'])
      .where(anyOf(db, by, ids));
    if (by === 'tenant_id') query = query.where('deleted_at', 'is', null);
    const raw = await query.execute();
    return raw.map((r) => ({
      id: r.id,
      tenantId: r.tenant_id,
      category: r.category as Category,
      kind: r.kind as ItemKind,
      pinned: r.pinned === 1,
      priority: r.priority,
      updatedAt: r.updated_at,
      published: r.published === 1,
      validFrom: r.valid_from,
      validUntil: r.valid_until,
      deletedAt: r.deleted_at,
    }));
  }

  /** Items as lists need them: every field and title and summary, bodies left out. Read once per change. */
  async slimItems(ids: readonly string[]): Promise<Map<string, PublishedItem>> {
    const missing = ids.filter((id) => !this.slims.has(id));
    if (missing.length) {
      for (const row of (await readPublishedRows(this.deps.reads, missing)).values()) {
        if (!row.json) continue;
        const item = JSON.parse(row.json) as PublishedItem;
        for (const text of Object.values(item.translations)) if (text) text.body = '';
        this.slims.set(row.id, { ...item, contact: null, links: [], images: [] });
      }
    }
    return new Map(ids.flatMap((id) => (this.slims.has(id) ? [[id, this.slims.get(id)!]] : [])));
  }

  /** The list entries of `ids` in `language`, as JSON, in the order given. */
  async listEntriesJson(ids: readonly string[], language: LanguageCode): Promise<string[]> {
    const missing = ids.filter((id) => !this.entries.get(id)?.has(language));
    const items = missing.length ? await this.slimItems(missing) : null;
    const result: string[] = [];
    for (const id of ids) {
      let byLanguage = this.entries.get(id);
      if (!byLanguage) this.entries.set(id, (byLanguage = new Map()));
      let json = byLanguage.get(language);
      if (json === undefined) {
        const entry = items?.get(id) && resolveEntry(items.get(id)!, language);
        byLanguage.set(language, (json = entry ? JSON.stringify(toListEntry(entry)) : null));
      }
      if (json !== null) result.push(json);
    }
    return result;
  }

  /**
   * A response prepared for this location, kept until the location's content changes. A reader
   * that got the feed at `generation` and asks after a change has its bytes made, not kept.
   */
  prepared(feed: LocationFeed, generation: number, key: string, make: () => Promise<PreparedBody>): Promise<PreparedBody> {
    if (feed.generation !== generation) return make();
    let body = feed.prepared.get(key);
    if (!body) {
      if (feed.prepared.size >= PREPARED_PER_LOCATION) {
        const oldest = feed.prepared.keys().next().value!;
        feed.prepared.delete(oldest);
        feed.ready.delete(oldest);
        feed.makers.delete(oldest);
      }
      const made = make();
      feed.prepared.set(key, (body = made));
      feed.makers.delete(key);
      feed.makers.set(key, make);
      made.then(
        (ready) => {
          if (feed.prepared.get(key) === made) feed.ready.set(key, ready);
        },
        () => feed.prepared.delete(key),
      );
    }
    return body;
  }

  /**
   * A response already prepared for a location whose feed is current, without waiting; undefined
   * when it has to be made (or the feed corrected) first. Only where this hub hears every write
   * at its commit (SQLite): elsewhere a read catches up on the change log first.
   */
  readyNow(locationId: string, key: string): PreparedBody | undefined {
    if (this.deps.changes.shared || !this.deps.changes.quietAt(this.deps.now())) return undefined;
    const feed = this.feeds.get(locationId);
    if (!feed || (!feed.refreshing && (feed.stale || feed.pending.size))) return undefined;
    return feed.ready.get(key);
  }
}

function forget(feed: LocationFeed, stale: boolean): void {
  if (stale) feed.stale = true;
  feed.generation++;
  feed.prepared.clear();
  feed.ready.clear();
  feed.makers.clear();
  feed.refreshing = false;
  feed.full = null;
}

export const feedCacheOf = perHub((deps: HubDeps) => new FeedCache(deps));

import { compareFeedEntries, resolveEntry, toListEntry, visibilityAt } from '../../../shared/merged-feed';
import type { LanguageCode } from '../../../shared/languages';
import type { Category, ItemKind } from '../../../shared/categories';
import type { PublishedItem, TombstoneReason } from '../../../shared/sync';
import type { HubDeps } from '../context-types';
import type { Db } from '../db/open';
import { PreparedBody, PreparedCache } from '../prepared-response';
import type { ChangeEvent } from './change-log';
import { readPublishedRows } from './item-rows';
import { locationLayersOf, type LocationLayers } from './location-layers';

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
  hidden: Set<string>;
  order: OrderRow[];
  /** Items changed since `order` was made; applied on the next read, not by the writer. */
  pending: Set<string>;
  /** Its layers or hidden items changed: rebuild `order` on the next read. */
  stale: boolean;
  prepared: Map<string, PreparedBody>;
  full: PublishedItem[] | null;
}

const FEED_LIMIT = 512;
const PREPARED_PER_LOCATION = 64;
/** Pull pages kept for kiosks asking the same range: a fleet's first pulls, a fleet's pull after a notice. */
const PULL_BUDGET = 96 * 1024 * 1024;

/**
 * The hub's memory of merged feeds. A change to an item touches only the locations that show its
 * layer, and there only that item (its place in the order, its text); prepared responses of those
 * locations are dropped and made again on the next read. Locations nobody changed keep their
 * bytes and ETags. Texts are kept without bodies (lists do not show them).
 */
export class FeedCache {
  private readonly feeds = new Map<string, LocationFeed>();
  private readonly slims = new Map<string, PublishedItem>();
  /** Each item's list entry per language as JSON (null: nothing to show in it), made once per change of the item. */
  private readonly entries = new Map<string, Map<LanguageCode, string | null>>();
  readonly pulls = new PreparedCache<string>(PULL_BUDGET);
  private readonly layers: LocationLayers;
  private readonly locationExists;
  private readonly hiddenAt;
  private readonly rowsOfTenants;
  private readonly rowsById;

  constructor(private readonly deps: Pick<HubDeps, 'db' | 'changes' | 'now'>) {
    const db: Db = deps.db;
    this.layers = locationLayersOf(deps);
    const columns = 'id, tenant_id, category, kind, pinned, priority, updated_at, published, valid_from, valid_until, deleted_at';
    this.locationExists = db.prepare('SELECT 1 FROM locations WHERE id = ?').pluck();
    this.hiddenAt = db.prepare('SELECT item_id FROM hidden_items WHERE location_id = ?').pluck();
    this.rowsOfTenants = db.prepare(`SELECT ${columns} FROM items WHERE deleted_at IS NULL AND tenant_id IN (SELECT value FROM json_each(?))`).raw();
    this.rowsById = db.prepare(`SELECT ${columns} FROM items WHERE id IN (SELECT value FROM json_each(?))`).raw();
    deps.changes.onChange((e) => this.changed(e));
  }

  private changed(e: ChangeEvent): void {
    this.slims.delete(e.itemId);
    this.entries.delete(e.itemId);
    for (const feed of this.feeds.values()) {
      if (e.locationId !== null) {
        if (e.locationId === feed.locationId) forget(feed, true);
      } else if (!feed.stale && this.layers.reaches(feed.locationId, e)) {
        feed.pending.add(e.itemId);
        forget(feed, false);
      }
    }
  }

  /** The location's feed, current as of the last committed change; null for an unknown location. */
  feed(locationId: string): LocationFeed | null {
    let feed = this.feeds.get(locationId);
    if (feed) {
      this.feeds.delete(locationId);
      this.feeds.set(locationId, feed);
    } else {
      if (!this.locationExists.get(locationId)) return null;
      feed = { locationId, hidden: new Set(), order: [], pending: new Set(), stale: true, prepared: new Map(), full: null };
      this.feeds.set(locationId, feed);
      if (this.feeds.size > FEED_LIMIT) this.feeds.delete(this.feeds.keys().next().value!);
    }
    if (feed.stale) this.rebuild(feed);
    else if (feed.pending.size) this.apply(feed);
    return feed;
  }

  /**
   * Orders every location's items and reads the texts of its first page, one location per turn of
   * the event loop, so the first readers after a start find their feed made. A request that comes
   * first makes its own location's feed itself; this then finds it done.
   */
  warm(firstPage: number): void {
    const ids = this.deps.db.prepare('SELECT id FROM locations').pluck().all() as string[];
    const next = () => {
      const id = ids.shift();
      // A hub stopped right after its start (tests, a failed deploy) has closed its database: stop warming.
      if (id === undefined || !this.deps.db.open) return;
      const feed = this.feed(id);
      if (feed) this.slimItems(feed.order.slice(0, firstPage).map((r) => r.id));
      setImmediate(next);
    };
    setImmediate(next);
  }

  layersOf(locationId: string): ReadonlySet<string> {
    return this.layers.of(locationId);
  }

  private rebuild(feed: LocationFeed): void {
    const layers = this.layers.of(feed.locationId);
    feed.hidden = new Set(this.hiddenAt.all(feed.locationId) as string[]);
    const now = this.deps.now();
    feed.order = this.rows(this.rowsOfTenants, [...layers])
      .filter((r) => rowVerdict(r, layers, feed.hidden, now) === 'visible')
      .sort(compareFeedEntries);
    feed.pending.clear();
    feed.stale = false;
  }

  /** Moves each changed item to its new place (or out), leaving the rest of the order as it was. */
  private apply(feed: LocationFeed): void {
    const layers = this.layers.of(feed.locationId);
    const now = this.deps.now();
    const changed = this.rows(this.rowsById, [...feed.pending]);
    const gone = feed.pending;
    feed.order = feed.order.filter((r) => !gone.has(r.id));
    feed.pending = new Set();
    for (const row of changed) {
      if (rowVerdict(row, layers, feed.hidden, now) !== 'visible') continue;
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

  private rows(statement: typeof this.rowsById, ids: string[]): OrderRow[] {
    const raw = statement.all(JSON.stringify(ids)) as [string, string, Category, ItemKind, number, number, string, number, string | null, string | null, string | null][];
    return raw.map(([id, tenantId, category, kind, pinned, priority, updatedAt, published, validFrom, validUntil, deletedAt]) => ({
      id,
      tenantId,
      category,
      kind,
      pinned: pinned === 1,
      priority,
      updatedAt,
      published: published === 1,
      validFrom,
      validUntil,
      deletedAt,
    }));
  }

  /** Items as lists need them: every field and title and summary, bodies left out. Read once per change. */
  slimItems(ids: readonly string[]): Map<string, PublishedItem> {
    const missing = ids.filter((id) => !this.slims.has(id));
    if (missing.length) {
      for (const row of readPublishedRows(this.deps.db, missing).values()) {
        if (!row.json) continue;
        const item = JSON.parse(row.json) as PublishedItem;
        for (const text of Object.values(item.translations)) if (text) text.body = '';
        this.slims.set(row.id, { ...item, contact: null, links: [], images: [] });
      }
    }
    return new Map(ids.flatMap((id) => (this.slims.has(id) ? [[id, this.slims.get(id)!]] : [])));
  }

  /** The list entries of `ids` in `language`, as JSON, in the order given. */
  listEntriesJson(ids: readonly string[], language: LanguageCode): string[] {
    const missing = ids.filter((id) => !this.entries.get(id)?.has(language));
    const items = missing.length ? this.slimItems(missing) : null;
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

  /** A response prepared for this location, kept until the location's content changes. */
  prepared(feed: LocationFeed, key: string, make: () => PreparedBody): PreparedBody {
    let body = feed.prepared.get(key);
    if (!body) {
      if (feed.prepared.size >= PREPARED_PER_LOCATION) feed.prepared.delete(feed.prepared.keys().next().value!);
      feed.prepared.set(key, (body = make()));
    }
    return body;
  }
}

function forget(feed: LocationFeed, stale: boolean): void {
  if (stale) feed.stale = true;
  feed.prepared.clear();
  feed.full = null;
}

const perHub = new WeakMap<HubDeps['changes'], FeedCache>();

export function feedCacheOf(deps: HubDeps): FeedCache {
  let cache = perHub.get(deps.changes);
  if (!cache) perHub.set(deps.changes, (cache = new FeedCache(deps)));
  return cache;
}

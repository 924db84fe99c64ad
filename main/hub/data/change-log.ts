import { sql } from 'kysely';
import type { Db } from '../db/open';
import { engineOf, transaction } from '../db/dialect';

export interface ChangeEvent {
  seq: number;
  tenantId: string;
  itemId: string;
  locationId: string | null;
  /** Whether the item's tenant is a national one (its layer reaches every location). */
  national: boolean;
}

/** Constants for PostgreSQL's advisory locks, shared by every hub instance on one database. */
const APPEND_LOCK = 7_340_002;
const WINDOW_LOCK = 7_340_003;
/** The PostgreSQL channel a committed change is announced on; the payload is its sequence number only. */
export const CHANGE_CHANNEL = 'wegwijs_changes';
/** Entries read per query while catching up. */
const CATCH_UP_PAGE = 1_000;

/**
 * The hub's change log: a monotonic sequence of "this item changed" entries that every pull reads.
 * Time is a writer too: when an item's valid-from or valid-until passes, `tick` appends an entry,
 * so a pull sees the item appear or vanish without anyone editing it.
 *
 * Listeners (feed caches, live notices) hear of entries by reading the log from this instance's
 * cursor, never from the writer's memory: after this instance's own commits, when PostgreSQL
 * announces another instance's (LISTEN/NOTIFY), before a feed is read, and every few seconds.
 * So several hub instances on one PostgreSQL database, or one hub on SQLite, see the same entries
 * in the same order.
 */
export class ChangeLog {
  private readonly listeners = new Set<(e: ChangeEvent) => void>();
  private readonly settlers = new Set<() => Promise<void>>();
  private readonly settledListeners = new Set<() => void>();
  /** The last entry this instance's listeners heard of. */
  private cursor = 0;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private ticking: Promise<number> | null = null;
  /** The hub's clock as far as validity windows are concerned; undefined until read from `meta`. */
  private clock: string | null | undefined;
  /** Cached earliest upcoming window boundary; any entry may move it, so catching up forgets it. */
  private nextBoundary: string | null | undefined;
  private identity: string | undefined;

  private readonly postgres: boolean;

  /** `reads` (HubDatabase.reads) answers the read path's questions without waiting for a write in progress. */
  constructor(
    private readonly db: Db,
    private readonly reads: Db = db,
  ) {
    this.postgres = engineOf(db) === 'postgres';
  }

  /** Starts listening from the log's current end: earlier entries are history, not news. */
  async start(): Promise<void> {
    this.cursor = await this.latestSeq();
  }

  /**
   * Call inside the write's transaction. On PostgreSQL the append takes a transaction-scoped
   * advisory lock first, held until commit: sequence numbers are then handed out in commit order,
   * so a reader at cursor 11 can never see 13 committed while 12 is still to come and skip it.
   * (A counter row would serialise writers the same way; the lock needs no row of its own.) The
   * NOTIFY is delivered by PostgreSQL at commit, never for a rollback.
   */
  async append(trx: Db, tenantId: string, itemId: string, at: Date, locationId: string | null = null): Promise<number> {
    if (this.postgres) await sql`SELECT pg_advisory_xact_lock(${APPEND_LOCK})`.execute(trx);
    const { seq } = await trx
      .insertInto('change_log')
      .values({ tenant_id: tenantId, item_id: itemId, location_id: locationId, at: at.toISOString() })
      .returning('seq')
      .executeTakeFirstOrThrow();
    if (this.postgres) await sql`SELECT pg_notify(${CHANGE_CHANNEL}, ${String(seq)})`.execute(trx);
    return seq;
  }

  /**
   * Whether other hub instances may write to this database (PostgreSQL). On SQLite the hub lock
   * keeps writers to this process, whose every write catches up at commit (`writeTransaction`).
   */
  get shared(): boolean {
    return this.postgres;
  }

  async latestSeq(): Promise<number> {
    const row = await this.db.selectFrom('change_log').select(sql<number>`COALESCE(MAX(seq), 0)`.as('seq')).executeTakeFirstOrThrow();
    return Number(row.seq);
  }

  /** The database's identity (see `renewDatabaseId`); read once, it changes only while every hub is stopped. */
  async databaseId(): Promise<string> {
    this.identity ??= (await this.db.selectFrom('meta').select('value').where('key', '=', 'database_id').executeTakeFirstOrThrow()).value;
    return this.identity;
  }

  onChange(listener: (e: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Reads the entries after this instance's cursor and tells the listeners, in sequence order.
   * Calls while a read runs share one further read, which starts after it: whoever committed
   * before calling is sure to be heard.
   */
  catchUp(): Promise<void> {
    if (!this.running) {
      this.running = this.readNew().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = null;
      return this.catchUp();
    });
    return this.queued;
  }

  /**
   * Work to finish after listeners heard of new entries and before `catchUp` resolves: a writer
   * (`writeTransaction`) answers only after it, so whatever it refreshes is current for the
   * writer's next read. A settler must not call `catchUp` or `tick` itself.
   */
  afterChanges(settle: () => Promise<void>): void {
    this.settlers.add(settle);
  }

  /** Told once a batch of entries is settled (after every `afterChanges`): e.g. to send live notices. */
  onSettled(listener: () => void): void {
    this.settledListeners.add(listener);
  }

  private async readNew(): Promise<void> {
    let heard = false;
    try {
      for (;;) {
        const rows = await this.db
          .selectFrom('change_log')
          .leftJoin('tenants', 'tenants.id', 'change_log.tenant_id')
          .select(['change_log.seq', 'change_log.tenant_id', 'change_log.item_id', 'change_log.location_id', 'tenants.kind'])
          .where('change_log.seq', '>', this.cursor)
          .orderBy('change_log.seq')
          .limit(CATCH_UP_PAGE)
          .execute();
        for (const r of rows) {
          this.cursor = r.seq;
          this.nextBoundary = undefined;
          const e = { seq: r.seq, tenantId: r.tenant_id, itemId: r.item_id, locationId: r.location_id, national: r.kind === 'national' };
          for (const listener of this.listeners) listener(e);
          heard = true;
        }
        if (rows.length < CATCH_UP_PAGE) break;
      }
    } finally {
      // Whatever was heard is settled, also when reading a later page failed.
      if (heard) await this.settle();
    }
  }

  private async settle(): Promise<void> {
    // Learn the next window boundary again now, not on the next read: reads answered from memory need it (`quietAt`).
    if (this.clock) this.nextBoundary ??= await this.findNextBoundary(this.clock).catch(() => undefined);
    // Settling is the readers' business: a write that committed has succeeded whatever happens here.
    for (const settle of this.settlers) await settle().catch(() => undefined);
    for (const listener of this.settledListeners) listener();
  }

  /**
   * Appends an entry for every item whose validity window opened or closed since the last tick.
   * Runs on every read, so it answers from memory until the next known boundary is due and
   * writes only when a window really opens or closes. On PostgreSQL one instance at a time
   * appends (a try-lock: the others leave it to the one holding it).
   */
  tick(now: Date): Promise<number> {
    this.ticking ??= this.tickOnce(now).finally(() => {
      this.ticking = null;
    });
    return this.ticking;
  }

  /**
   * Whether a tick at `now` would find that no window opened or closed, known from memory alone:
   * then a read may skip `tick` (the prepared-read fast path asks this on every request).
   */
  quietAt(now: Date): boolean {
    if (this.ticking || !this.clock) return false;
    const nowIso = now.toISOString();
    if (this.clock >= nowIso) return true;
    return this.nextBoundary !== undefined && (this.nextBoundary === null || this.nextBoundary > nowIso);
  }

  private async tickOnce(now: Date): Promise<number> {
    const nowIso = now.toISOString();
    if (this.clock === undefined) this.clock = (await readMeta(this.db, 'clock')) ?? null;
    if (this.clock !== null) {
      if (this.clock >= nowIso) return 0;
      // `null` (nothing scheduled) is an answer too: ask the database again only after an entry.
      if (this.nextBoundary === undefined) this.nextBoundary = await this.findNextBoundary(this.clock);
      if (this.nextBoundary === null || this.nextBoundary > nowIso) {
        this.clock = nowIso; // nothing crossed: no need to write it down
        return 0;
      }
    }
    const appended = await transaction(this.db, async (trx) => {
      if (this.postgres) {
        const { rows } = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(${WINDOW_LOCK}) AS locked`.execute(trx);
        if (!rows[0]?.locked) return null;
      }
      // The clock written down is the one that counts: another instance may have moved it.
      const last = await readMeta(trx, 'clock');
      if (last !== undefined && last >= nowIso) return 0;
      const crossed =
        last === undefined
          ? []
          : await trx
              .selectFrom('items')
              .select(['id', 'tenant_id'])
              .where('deleted_at', 'is', null)
              .where((eb) =>
                eb.or([
                  eb.and([eb('valid_from', '>', last), eb('valid_from', '<=', nowIso)]),
                  eb.and([eb('valid_until', '>', last), eb('valid_until', '<=', nowIso)]),
                ]),
              )
              .orderBy('id')
              .execute();
      for (const item of crossed) await this.append(trx, item.tenant_id, item.id, now);
      await writeMeta(trx, 'clock', nowIso);
      return crossed.length;
    });
    if (appended === null) return 0; // another instance is appending them
    this.clock = nowIso;
    this.nextBoundary = undefined;
    if (appended) await this.catchUp();
    return appended;
  }

  /** The earliest valid-from or valid-until after `after`, or null when none is scheduled. */
  private async findNextBoundary(after: string): Promise<string | null> {
    const { rows } = await sql<{ t: string | null }>`SELECT MIN(t) AS t FROM (
        SELECT MIN(valid_from) AS t FROM items WHERE deleted_at IS NULL AND valid_from > ${after}
        UNION ALL SELECT MIN(valid_until) FROM items WHERE deleted_at IS NULL AND valid_until > ${after}) boundaries`.execute(this.reads);
    return rows[0]?.t ?? null;
  }
}

async function readMeta(db: Db, key: string): Promise<string | undefined> {
  return (await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst())?.value;
}

export async function writeMeta(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/**
 * Runs `work` in one transaction (item, revision, change-log entry and audit line together, or
 * none of them), then lets this instance's listeners hear of its entries.
 */
export async function writeTransaction<T>(deps: { db: Db; changes: ChangeLog }, work: (trx: Db) => Promise<T>): Promise<T> {
  const result = await transaction(deps.db, work);
  await deps.changes.catchUp();
  return result;
}

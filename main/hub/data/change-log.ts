import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Db } from '../db/open';

export interface ChangeEvent {
  seq: number;
  tenantId: string;
  itemId: string;
  locationId: string | null;
}

/**
 * The hub's change log: a monotonic sequence of "this item changed" entries that every pull reads.
 * Time is a writer too: when an item's valid-from or valid-until passes, `tick` appends an entry,
 * so a pull sees the item appear or vanish without anyone editing it.
 */
export class ChangeLog {
  private readonly emitter = new EventEmitter();
  private readonly insert;
  private readonly latest;
  private readonly committed;
  private pending: ChangeEvent[] = [];
  /** The hub's clock as far as validity windows are concerned; undefined until read from `meta`. */
  private clock: string | null | undefined;
  /** Cached earliest upcoming window boundary; any write may move it, so `append` forgets it. */
  private nextBoundary: string | null | undefined;
  private identity: string | undefined;

  constructor(private readonly db: Db) {
    this.emitter.setMaxListeners(0);
    this.insert = db.prepare(
      'INSERT INTO change_log (tenant_id, item_id, location_id, at) VALUES (?, ?, ?, ?) RETURNING seq',
    );
    this.latest = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM change_log');
    this.committed = db.prepare('SELECT 1 FROM change_log WHERE seq = ? AND item_id = ?').pluck();
  }

  /** Call inside the write's transaction; listeners hear of it only after `flush`, once committed. */
  append(tenantId: string, itemId: string, at: Date, locationId: string | null = null): number {
    const { seq } = this.insert.get(tenantId, itemId, locationId, at.toISOString()) as { seq: number };
    this.pending.push({ seq, tenantId, itemId, locationId });
    this.nextBoundary = undefined;
    return seq;
  }

  latestSeq(): number {
    return (this.latest.get() as { seq: number }).seq;
  }

  /** The database's identity (see `renewDatabaseId`); the hub reads it once, it changes only while the hub is stopped. */
  databaseId(): string {
    this.identity ??= (this.db.prepare("SELECT value FROM meta WHERE key = 'database_id'").get() as { value: string }).value;
    return this.identity;
  }

  /**
   * Announce committed entries to live subscribers. Inside an outer transaction they wait for its
   * commit; entries an outer rollback took back are never announced.
   */
  flush(): void {
    if (this.db.inTransaction) return;
    const events = this.pending;
    this.pending = [];
    for (const e of events) if (this.committed.get(e.seq, e.itemId)) this.emitter.emit('change', e);
  }

  /** Drop entries of a rolled-back transaction. */
  discard(): void {
    this.pending = [];
  }

  onChange(listener: (e: ChangeEvent) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }

  /**
   * Appends an entry for every item whose validity window opened or closed since the last tick.
   * Runs on every read, so it answers from memory until the next known boundary is due and
   * writes only when a window really opens or closes.
   */
  tick(now: Date): number {
    const nowIso = now.toISOString();
    if (this.clock === undefined) {
      this.clock = (this.db.prepare("SELECT value FROM meta WHERE key = 'clock'").get() as { value: string } | undefined)?.value ?? null;
    }
    if (this.clock === null) {
      this.saveClock(nowIso);
      return 0;
    }
    if (this.clock >= nowIso) return 0;
    // `null` (nothing scheduled) is an answer too: ask the database again only after a write.
    if (this.nextBoundary === undefined) this.nextBoundary = this.findNextBoundary(this.clock);
    if (this.nextBoundary === null || this.nextBoundary > nowIso) {
      this.clock = nowIso; // nothing crossed: no need to write it down
      return 0;
    }
    const last = this.clock;
    let appended = 0;
    this.db.transaction(() => {
      const crossed = this.db
        .prepare(
          `SELECT id, tenant_id FROM items WHERE deleted_at IS NULL AND (
             (valid_from > @last AND valid_from <= @now) OR (valid_until > @last AND valid_until <= @now))`,
        )
        .all({ last, now: nowIso }) as { id: string; tenant_id: string }[];
      for (const item of crossed) this.append(item.tenant_id, item.id, now);
      appended = crossed.length;
      this.saveClock(nowIso);
    })();
    this.nextBoundary = undefined;
    this.flush();
    return appended;
  }

  private saveClock(iso: string): void {
    this.db.prepare("INSERT INTO meta (key, value) VALUES ('clock', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(iso);
    this.clock = iso;
  }

  /** The earliest valid-from or valid-until after `after`, or null when none is scheduled. */
  private findNextBoundary(after: string): string | null {
    const row = this.db
      .prepare(
        `SELECT MIN(t) AS t FROM (
           SELECT MIN(valid_from) AS t FROM items WHERE deleted_at IS NULL AND valid_from > @after
           UNION ALL SELECT MIN(valid_until) FROM items WHERE deleted_at IS NULL AND valid_until > @after)`,
      )
      .get({ after }) as { t: string | null };
    return row.t;
  }
}

/** Runs `work` in one transaction and announces its change-log entries only once it committed. */
export function writeTransaction<T>(db: Db, changes: ChangeLog, work: () => T): T {
  try {
    const result = db.transaction(work)();
    changes.flush();
    return result;
  } catch (err) {
    changes.discard();
    throw err;
  }
}

/**
 * Gives a database a new identity. A restored backup's sequence starts again below what clients
 * have seen; with a new identity they know their cursors mean nothing here and resync.
 */
export function renewDatabaseId(db: Db): string {
  const id = randomBytes(16).toString('hex');
  db.prepare("INSERT INTO meta (key, value) VALUES ('database_id', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(id);
  return id;
}

import type { Db } from '../hub/db/open';
import { openDatabase } from '../hub/db/open';
import type { Migration } from '../hub/db/migrations';
import type { PullPage } from '../../shared/sync';
import { pullPages, type FetchPage, type PullProgress } from './pull-pages';

export type { PullProgress };

export const REPLICA_MIGRATIONS: readonly Migration[] = [
  {
    name: '1764374400000_replica',
    sql: `
CREATE TABLE replica_items (id TEXT PRIMARY KEY, revision INTEGER NOT NULL, json TEXT NOT NULL);
CREATE TABLE replica_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`,
  },
];

/**
 * A client's local copy of what it may see on the hub (an admin's layer or a kiosk's merged
 * feed), with the cursor it has pulled up to. A page is applied in one transaction together
 * with its cursor, so a crash mid-sync never leaves the cursor ahead of the data.
 */
export class Replica<T extends { id: string; revision: number }> {
  readonly db: Db;
  private readonly upsert;
  private readonly remove;

  constructor(file: string, migrations: readonly Migration[] = REPLICA_MIGRATIONS) {
    this.db = openDatabase(file, migrations);
    this.upsert = this.db.prepare(
      `INSERT INTO replica_items (id, revision, json) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, json = excluded.json`,
    );
    this.remove = this.db.prepare('DELETE FROM replica_items WHERE id = ?');
  }

  cursor(): number {
    const row = this.db.prepare("SELECT value FROM replica_meta WHERE key = 'cursor'").get() as { value: string } | undefined;
    return row ? Number(row.value) : 0;
  }

  applyPage(page: PullPage<T>): void {
    this.db.transaction(() => {
      for (const item of page.items) this.upsert.run(item.id, item.revision, JSON.stringify(item));
      for (const t of page.tombstones) this.remove.run(t.id);
      this.db
        .prepare("INSERT INTO replica_meta (key, value) VALUES ('cursor', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .run(String(page.cursor));
    })();
  }

  get(id: string): T | null {
    const row = this.db.prepare('SELECT json FROM replica_items WHERE id = ?').get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as T) : null;
  }

  all(): T[] {
    return (this.db.prepare('SELECT json FROM replica_items').all() as { json: string }[]).map((r) => JSON.parse(r.json) as T);
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM replica_items').get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }
}

/** Pulls until current into the replica, reporting progress after each page. */
export function pullUntilCurrent<T extends { id: string; revision: number }>(
  replica: Replica<T>,
  pull: FetchPage<T>,
  onProgress?: (p: PullProgress) => void,
): Promise<PullProgress> {
  return pullPages(replica.cursor(), pull, (page) => replica.applyPage(page), onProgress);
}

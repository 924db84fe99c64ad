import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { migrateSqlite } from './db/migrate';
import { HUB_MIGRATIONS } from './db/migrations';
import { describeHolder, lockHolder } from './hub-lock';

export interface BackupProgress {
  totalPages: number;
  remainingPages: number;
}

/**
 * How many pages the next step of an online backup copies. Pages are copied a tenth at a time so
 * progress can be shown; but when a write from another connection restarted the copy (the
 * remaining count went up), the rest goes in one step, which holds a read snapshot until it is
 * done and so finishes however busy the hub is.
 */
export function nextBackupStep(progress: BackupProgress, previousRemaining: number | null): number {
  const restarted = previousRemaining !== null && progress.remainingPages >= previousRemaining;
  if (restarted) return progress.totalPages;
  return Math.max(100, Math.ceil(progress.totalPages / 10));
}

/**
 * An online backup of a SQLite hub database with SQLite's backup API: a consistent snapshot while
 * the hub keeps serving, read over a connection of its own (in this process or another).
 * (A PostgreSQL database is backed up with pg_dump.)
 */
export async function backupDatabase(source: string, file: string, onProgress: (p: BackupProgress) => void = () => {}): Promise<{ pages: number }> {
  mkdirSync(dirname(file), { recursive: true });
  rmSync(file, { force: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  let previous: number | null = null;
  try {
    const result = await db.backup(file, {
      progress: (p) => {
        onProgress(p);
        const step = nextBackupStep(p, previous);
        previous = p.remainingPages;
        return step;
      },
    });
    onProgress(result);
    return { pages: result.totalPages };
  } finally {
    db.close();
  }
}

export class RestoreError extends Error {}

/**
 * Puts a backup in place of the hub's database. The hub must be stopped: a running hub's lock
 * makes it refuse. The backup is checked
 * first (integrity, and a schema this version knows), so a bad file never replaces a good one.
 */
export function restoreDatabase(backupFile: string, dataDir: string): { target: string; previous: string | null } {
  const holder = lockHolder(dataDir);
  if (holder) throw new RestoreError(`Not restored: ${describeHolder(holder, dataDir)}`);
  if (!existsSync(backupFile)) throw new RestoreError(`No backup file at ${backupFile}`);
  const check = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const integrity = check.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new RestoreError(`The backup is damaged: ${String(integrity)}`);
    const hasTenants = check.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'tenants'").get();
    if (!hasTenants) throw new RestoreError('This file is not a Wegwijs hub database');
    const known = new Set(HUB_MIGRATIONS.map((m) => m.name));
    const applied = (check.prepare('SELECT name FROM migrations').all() as { name: string }[]).map((r) => r.name);
    const unknown = applied.filter((n) => !known.has(n));
    if (unknown.length) throw new RestoreError(`The backup comes from a newer Wegwijs (${unknown.join(', ')}); update first`);
  } catch (err) {
    if (err instanceof RestoreError) throw err;
    throw new RestoreError(`The backup cannot be read: ${(err as Error).message}`);
  } finally {
    check.close();
  }
  const target = join(dataDir, 'hub.db');
  mkdirSync(dataDir, { recursive: true });
  // The database being replaced is kept beside it, so a restore of the wrong file can be undone.
  if (existsSync(target)) {
    const keep = new Database(target);
    try {
      keep.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      keep.close();
    }
    copyFileSync(target, `${target}.before-restore`);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
  copyFileSync(backupFile, target);
  const db = new Database(target);
  try {
    migrateSqlite(db, HUB_MIGRATIONS); // refuses a backup from a newer version
    renewDatabaseId(db); // clients that saw the newer history resync instead of waiting past it
  } finally {
    db.close();
  }
  return { target, previous: existsSync(`${target}.before-restore`) ? `${target}.before-restore` : null };
}

/**
 * Gives a database a new identity. A restored backup's sequence starts again below what clients
 * have seen; with a new identity they know their cursors mean nothing here and resync.
 */
export function renewDatabaseId(db: Database.Database): string {
  const id = randomBytes(16).toString('hex');
  db.prepare("INSERT INTO meta (key, value) VALUES ('database_id', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(id);
  return id;
}

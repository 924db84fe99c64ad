import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { Migration } from './migrations';

export class MigrationError extends Error {}

/**
 * Which migrations still have to run. Refuses a database that knows a migration this build does
 * not (a newer app wrote it) or one applied out of order. The one set of rules for every engine.
 */
export function pendingMigrations(applied: readonly string[], migrations: readonly Migration[]): readonly Migration[] {
  const known = migrations.map((m) => m.name);
  const sorted = [...known].sort();
  if (known.some((name, i) => name !== sorted[i])) throw new MigrationError('Migrations are not in order');

  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new MigrationError(
      `The database has migrations this version does not know: ${unknown.join(', ')}. A newer Wegwijs hub wrote it: run that version (or a newer one), not this one.`,
    );
  }
  applied.forEach((name, i) => {
    if (known[i] !== name) throw new MigrationError(`Migration ${known[i]} is missing before ${name}`);
  });
  return migrations.slice(applied.length);
}

const CREATE_MIGRATIONS = 'CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)';

/** Runs the pending migrations on a SQLite file, each in its own transaction. */
export function migrateSqlite(db: Database.Database, migrations: readonly Migration[]): string[] {
  db.exec(CREATE_MIGRATIONS);
  const applied = (db.prepare('SELECT name FROM migrations ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  const pending = pendingMigrations(applied, migrations);
  const record = db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)');
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.name, new Date().toISOString());
    })();
  }
  return pending.map((m) => m.name);
}

/** Any constant: the session lock every hub instance takes while it migrates a PostgreSQL database. */
const MIGRATION_LOCK = 7_340_001;

/**
 * Runs the pending migrations on a PostgreSQL database, each in its own transaction, holding a
 * session lock so two hub instances starting at once do not both migrate.
 */
export async function migratePostgres(client: pg.ClientBase, migrations: readonly Migration[]): Promise<string[]> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(CREATE_MIGRATIONS);
    const applied = (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY name')).rows.map((r) => r.name);
    const pending = pendingMigrations(applied, migrations);
    for (const m of pending) {
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO migrations (name, applied_at) VALUES ($1, $2)', [m.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
    return pending.map((m) => m.name);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

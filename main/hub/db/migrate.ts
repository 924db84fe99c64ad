import type Database from 'better-sqlite3';
import type { Migration } from './migrations';

export class MigrationError extends Error {}

/**
 * Runs the migrations not yet applied, each in its own transaction. Refuses a database
 * that knows a migration this build does not (a newer app wrote it) or one applied out of order.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = (db.prepare('SELECT name FROM migrations ORDER BY name').all() as { name: string }[]).map(
    (r) => r.name,
  );
  const known = migrations.map((m) => m.name);
  const sorted = [...known].sort();
  if (known.some((name, i) => name !== sorted[i])) throw new MigrationError('Migrations are not in order');

  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new MigrationError(`The database has migrations this version does not know: ${unknown.join(', ')}`);
  }
  applied.forEach((name, i) => {
    if (known[i] !== name) throw new MigrationError(`Migration ${known[i]} is missing before ${name}`);
  });

  const pending = migrations.slice(applied.length);
  const record = db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)');
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.name, new Date().toISOString());
    })();
  }
  return pending.map((m) => m.name);
}

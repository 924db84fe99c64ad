import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MigrationError, migratePostgres, migrateSqlite } from './migrate';
import { HUB_MIGRATIONS, HUB_MIGRATIONS_POSTGRES, type Migration } from './migrations';
import { postgresClient } from './open';
import { createTestDatabase, TEST_DATABASE_URL } from '../../../tests/helpers/test-database';

const one = { name: '1000_first', sql: 'CREATE TABLE a (x INTEGER);' };
const two = { name: '2000_second', sql: 'CREATE TABLE b (y INTEGER);' };
const broken = { name: '2000_broken', sql: 'CREATE TABLE c (z INTEGER); SELECT * FROM nowhere;' };

/** One engine as the runner test sees it: run migrations, list tables, list recorded names. */
interface Engine {
  migrate(migrations: readonly Migration[]): Promise<string[]>;
  tables(): Promise<string[]>;
  recorded(): Promise<string[]>;
  close(): Promise<void>;
}

async function sqlite(): Promise<Engine> {
  const db = new Database(':memory:');
  return {
    migrate: async (migrations) => migrateSqlite(db, migrations),
    tables: async () => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name),
    recorded: async () => (db.prepare('SELECT name FROM migrations ORDER BY name').all() as { name: string }[]).map((r) => r.name),
    close: async () => {
      db.close();
    },
  };
}

async function postgres(): Promise<Engine> {
  const database = await createTestDatabase(TEST_DATABASE_URL!);
  const client = postgresClient(database.url);
  await client.connect();
  return {
    migrate: (migrations) => migratePostgres(client, migrations),
    tables: async () => (await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'")).rows.map((t) => t.name),
    recorded: async () => (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY name')).rows.map((r) => r.name),
    close: async () => {
      await client.end();
      await database.drop();
    },
  };
}

const engines = [
  { name: 'SQLite', open: sqlite, hub: HUB_MIGRATIONS, skip: false },
  { name: 'PostgreSQL', open: postgres, hub: HUB_MIGRATIONS_POSTGRES, skip: TEST_DATABASE_URL === null },
];

describe.each(engines)('migrations on $name', ({ open, hub, skip }) => {
  let engine: Engine | null = null;
  const start = async () => (engine = await open());
  afterEach(async () => {
    await engine?.close();
    engine = null;
  });

  it.skipIf(skip)('applies pending migrations once, in order', async () => {
    const db = await start();
    expect(await db.migrate([one])).toEqual(['1000_first']);
    expect(await db.migrate([one, two])).toEqual(['2000_second']);
    expect(await db.migrate([one, two])).toEqual([]);
  });

  it.skipIf(skip)('refuses a database written by a newer version, naming the migration it does not know', async () => {
    const db = await start();
    await db.migrate([one, two]);
    await expect(db.migrate([one])).rejects.toThrow(/does not know: 2000_second\. A newer Wegwijs hub wrote it/);
  });

  it.skipIf(skip)('refuses migrations listed out of order', async () => {
    const db = await start();
    await expect(db.migrate([two, one])).rejects.toThrow(MigrationError);
  });

  it.skipIf(skip)('rolls back a failing migration and records nothing', async () => {
    const db = await start();
    await expect(db.migrate([one, broken])).rejects.toThrow();
    expect(await db.tables()).not.toContain('c');
    expect(await db.recorded()).toEqual(['1000_first']);
  });

  it.skipIf(skip)('builds the hub schema on an empty database', async () => {
    const db = await start();
    await db.migrate(hub);
    expect(await db.tables()).toEqual(expect.arrayContaining(['tenants', 'items', 'translations', 'change_log', 'kiosks', 'audit_log', 'auth_failures']));
    expect(await db.recorded()).toEqual(hub.map((m) => m.name));
  });
});

describe('the two engines’ migration lists', () => {
  it('have the same names in the same order, so a database moved from SQLite to PostgreSQL keeps its history', () => {
    expect(HUB_MIGRATIONS_POSTGRES.map((m) => m.name)).toEqual(HUB_MIGRATIONS.map((m) => m.name));
  });
});

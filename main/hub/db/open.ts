import Database, { type Statement } from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migratePostgres, migrateSqlite } from './migrate';
import { registerEngine } from './dialect';
import type { Migration } from './migrations';
import type { HubSchema } from './schema';

/** The hub's queries run on this: the database, or a transaction inside it. */
export type Db = Kysely<HubSchema>;
/** A SQLite file opened directly (the desktop cores' own stores, backups). */
export type SqliteFile = Database.Database;
export type Engine = 'sqlite' | 'postgres';

export interface HubDatabase {
  engine: Engine;
  db: Db;
  /**
   * For reads that must not wait for a write in progress (feeds, pulls): on SQLite a second,
   * read-only connection to the same file, which WAL lets read the last committed state while
   * `db` holds a write transaction open; on PostgreSQL the same pool as `db`.
   */
  reads: Db;
  /** PostgreSQL only: where the live-notice listener opens its own connection. */
  postgresUrl: string | null;
  close(): Promise<void>;
}

/** Where the hub keeps its data: a SQLite file (embedded, the default) or a PostgreSQL server. */
export type DatabaseLocation = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

export interface EngineMigrations {
  sqlite: readonly Migration[];
  postgres: readonly Migration[];
}

export function openHubDatabase(location: DatabaseLocation, migrations: EngineMigrations): Promise<HubDatabase> {
  return location.engine === 'sqlite' ? openSqlite(location.file, migrations.sqlite) : openPostgres(location.url, migrations.postgres);
}

/** Opens (or creates) a SQLite file in WAL mode with foreign keys on, and brings its schema up to date. */
export function openDatabase(file: string, migrations: readonly Migration[]): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const raw = new Database(file);
  try {
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    migrateSqlite(raw, migrations);
  } catch (err) {
    raw.close();
    throw err;
  }
  return raw;
}

/** The hub's SQLite file behind the query builder. */
export async function openSqlite(file: string, migrations: readonly Migration[]): Promise<HubDatabase> {
  const raw = openDatabase(file, migrations);
  const db = new Kysely<HubSchema>({ dialect: new SqliteDialect({ database: keptStatements(raw) }) });
  registerEngine(db, 'sqlite');
  if (file === ':memory:') return { engine: 'sqlite', db, reads: db, postgresUrl: null, close: () => db.destroy() };
  const reads = new Kysely<HubSchema>({ dialect: new SqliteDialect({ database: keptStatements(new Database(file, { readonly: true })) }) });
  registerEngine(reads, 'sqlite');
  return {
    engine: 'sqlite',
    db,
    reads,
    postgresUrl: null,
    close: async () => {
      await reads.destroy();
      await db.destroy();
    },
  };
}

/**
 * Statements prepared once per SQL text and kept: the hub asks the same few questions on every
 * request (who is calling, what changed), and preparing them again would cost more than running them.
 * Kysely runs one query at a time on this connection, so a kept statement is never in use twice.
 */
function keptStatements(raw: Database.Database): SqliteDatabase {
  const kept = new Map<string, Statement>();
  return {
    close: () => raw.close(),
    prepare(sql) {
      let statement = kept.get(sql);
      if (!statement) {
        if (kept.size >= 2_000) kept.clear();
        kept.set(sql, (statement = raw.prepare(sql)));
      }
      return statement;
    },
  };
}

/** Counts and sequences are BIGINT on PostgreSQL; the hub's never pass 2^53, so they are read as numbers. */
const NUMBER_TYPES = new Set([pg.types.builtins.INT8, pg.types.builtins.NUMERIC]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMBER_TYPES.has(oid) ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function postgresPool(url: string, max = 10): pg.Pool {
  return new pg.Pool({ connectionString: url, max, types });
}

export function postgresClient(url: string): pg.Client {
  return new pg.Client({ connectionString: url, types });
}

/** Connects to a PostgreSQL database and brings its schema up to date (one hub instance at a time). */
export async function openPostgres(url: string, migrations: readonly Migration[]): Promise<HubDatabase> {
  const pool = postgresPool(url);
  // A connection lost while idle (a restarted server, a dropped network) leaves the pool; the next
  // query opens a new one. Without a listener the pool would throw the error at the process.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    try {
      await migratePostgres(client, migrations);
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end();
    throw err;
  }
  const db = new Kysely<HubSchema>({ dialect: new PostgresDialect({ pool }) });
  registerEngine(db, 'postgres');
  return { engine: 'postgres', db, reads: db, postgresUrl: url, close: () => db.destroy() };
}

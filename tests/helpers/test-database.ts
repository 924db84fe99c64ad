/**
 * Which engine a test hub runs on, and a fresh PostgreSQL database per test hub.
 *
 * The vitest project "hub-postgres" sets WEGWIJS_TEST_ENGINE=postgres; its global setup
 * (postgres-global-setup.ts) sets WEGWIJS_TEST_DATABASE_URL to a throwaway server, or keeps the one
 * the developer gave. The project "sqlite" runs the same files on SQLite: it sees the same
 * WEGWIJS_TEST_DATABASE_URL (set in the one vitest process both projects start from), so the
 * engine is decided by WEGWIJS_TEST_ENGINE, never by the URL being there.
 */
import pg from 'pg';

export type TestEngine = 'sqlite' | 'postgres';

export function testEngine(): TestEngine {
  return process.env.WEGWIJS_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
}

/** The server tests make their databases on, or null when there is none. */
export function testServerUrl(): string | null {
  return process.env.WEGWIJS_TEST_DATABASE_URL || null;
}

/** The server test hubs make their databases on in this project, or null when its hubs run on SQLite. */
export const TEST_DATABASE_URL = testEngine() === 'postgres' ? testServerUrl() : null;

export interface TestDatabase {
  /** postgres://… for this database alone. */
  url: string;
  /** Drops the database, closing whatever connections are still open on it. */
  drop(): Promise<void>;
}

let made = 0;

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the test server (names are unique per process and call). */
export async function createTestDatabase(serverUrl = testServerUrl()): Promise<TestDatabase> {
  if (!serverUrl) throw new Error('No PostgreSQL server for the tests: WEGWIJS_TEST_DATABASE_URL is not set');
  const name = `wegwijs_test_${process.pid}_${++made}_${Math.random().toString(36).slice(2, 8)}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** For a test hub: a fresh PostgreSQL database when this project runs on PostgreSQL, else null (SQLite in its data folder). */
export async function databaseForTestHub(): Promise<TestDatabase | null> {
  return testEngine() === 'postgres' ? createTestDatabase() : null;
}

import { randomBytes } from 'node:crypto';
import { postgresClient } from '../../main/hub/db/open';

/**
 * The PostgreSQL server the hub suite also runs on, when one is given (`npm test` starts a
 * throwaway cluster and sets it; unset: SQLite only).
 */
export const TEST_DATABASE_URL = process.env.WEGWIJS_TEST_DATABASE_URL || null;

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function onServer<T>(serverUrl: string, work: (client: ReturnType<typeof postgresClient>) => Promise<T>): Promise<T> {
  const client = postgresClient(serverUrl);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database on the test server, its own for one test hub (advisory locks and NOTIFY are per database). */
export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `wegwijs_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: () => onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

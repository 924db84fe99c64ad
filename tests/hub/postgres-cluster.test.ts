import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, testEngine, testServerUrl } from '../helpers/test-database';

describe.runIf(testEngine() === 'postgres')('the PostgreSQL test server', () => {
  it('is reachable and gives each test hub its own empty database, dropped afterwards', async () => {
    expect(testServerUrl()).toMatch(/^postgres:\/\//);
    const a = await createTestDatabase();
    const b = await createTestDatabase();
    expect(a.url).not.toBe(b.url);
    const client = new pg.Client({ connectionString: a.url });
    client.on('error', () => undefined);
    await client.connect();
    const tables = await client.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'");
    expect(tables.rows[0].n).toBe(0);
    await client.query('CREATE TABLE t (x int)');
    // Still connected: drop closes the connection rather than failing.
    await a.drop();
    await client.end().catch(() => undefined);
    await b.drop();
    const server = new pg.Client({ connectionString: testServerUrl()! });
    await server.connect();
    const left = await server.query('SELECT datname FROM pg_database WHERE datname = ANY($1)', [[new URL(a.url).pathname.slice(1), new URL(b.url).pathname.slice(1)]]);
    await server.end();
    expect(left.rows).toEqual([]);
  });
});

/**
 * copy-to-postgres on the demo database: a real SQLite hub, a real PostgreSQL server, the kiosk's
 * and the console's real desktop cores on their own SQLite files, all over real HTTP.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { AdminCore } from '../../main/core/admin/admin-core';
import { KioskCore } from '../../main/core/kiosk/kiosk-core';
import { copyToPostgres, CopyError, verifyPostgresCopy } from '../../main/hub/copy-to-postgres';
import { DEMO_PASSWORD, demoEmail, seedDemo } from '../../main/hub/demo/seed';
import { startFaultProxy } from '../helpers/fault-proxy';
import { hubClient, startTestHub, type TestHub } from '../helpers/hub-fixture';
import { createMutation } from '../helpers/items';
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../helpers/test-database';


const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function demoHub(): Promise<TestHub> {
  const t = await startTestHub({ database: null });
  cleanups.push(() => t.stop());
  await seedDemo(t.hub.deps);
  return t;
}

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase(TEST_DATABASE_URL!);
  cleanups.push(() => database.drop());
  return database;
}

async function onPostgres(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-copy-client-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Requests that pull from the start of the change log: a full re-pull. */
const fromTheStart = (url: string) => /[?&]since=0(&|$)/.test(url) || /"since":0[,}]/.test(decodeURIComponent(url));

describe.runIf(TEST_DATABASE_URL)('copy-to-postgres', () => {
  it('copies every table of a running pilot, keeps its sequence and id, and kiosks and consoles continue from their cursors', async () => {
    const sqlite = await demoHub();
    let target = sqlite.hub.url;
    const proxy = await startFaultProxy(() => target);
    cleanups.push(() => proxy.close());

    const admin = await hubClient(sqlite.hub.url).auth.login.mutate({ email: demoEmail('municipality', 'admin'), password: DEMO_PASSWORD });
    const adminApi = hubClient(sqlite.hub.url, admin.token);
    const locationId = (await adminApi.locations.list.query())[0]!.id;
    const newKiosk = async (name: string) => (await adminApi.kiosks.create.mutate({ locationId, name })).pairing.code;
    const kiosk = new KioskCore({ dataDir: tempDir(), appVersion: 'test', pollMs: 3_600_000 });
    cleanups.push(() => kiosk.close());
    await kiosk.pair(proxy.url, await newKiosk('Kiosk voor de verhuizing'));
    const kioskToken = (await hubClient(sqlite.hub.url).device.pair.mutate({ code: await newKiosk('Tweede kiosk') })).deviceToken;
    const console = new AdminCore({ dataDir: tempDir(), pollMs: 3_600_000 });
    cleanups.push(() => console.close());
    await console.signIn(proxy.url, demoEmail('municipality', 'editor'), DEMO_PASSWORD);
    await console.syncNow();
    const kioskItems = kiosk.store.items().length;
    const kioskCursor = kiosk.store.cursor();
    expect(kioskItems).toBeGreaterThan(10);
    const feedInput = { locationId, language: 'pl' as const };
    const feedBefore = await hubClient(sqlite.hub.url, kioskToken).feed.merged.query(feedInput);
    // An image (a BLOB on SQLite, BYTEA on PostgreSQL): every byte value, so no text encoding passes for it.
    const image = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256))]);
    const editorOnSqlite = hubClient(sqlite.hub.url, (await hubClient(sqlite.hub.url).auth.login.mutate({ email: demoEmail('municipality', 'editor'), password: DEMO_PASSWORD })).token);
    const { mediaId } = await editorOnSqlite.content.uploadImage.mutate({ contentType: 'image/png', dataBase64: image.toString('base64') });

    const database = await emptyDatabase();
    const copied = await copyToPostgres({ sqliteFile: join(sqlite.dataDir, 'hub.db'), postgresUrl: database.url });
    expect(copied.ok).toBe(true);
    const rows = Object.fromEntries(copied.checks.map((c) => [c.table, c.postgresRows]));
    for (const table of ['tenants', 'users', 'sessions', 'items', 'translations', 'item_revisions', 'kiosks', 'pairing_codes', 'media', 'change_log', 'audit_log', 'meta']) {
      expect(rows[table], table).toBeGreaterThan(0);
    }
    expect(copied.databaseId).toBe(await sqlite.hub.deps.changes.databaseId());
    const changeLog = copied.sequences.find((s) => s.table === 'change_log')!;
    expect(changeLog.next).toBe((await sqlite.hub.deps.changes.latestSeq()) + 1);

    await sqlite.stop();
    const postgres = await startTestHub({ database: database.url });
    cleanups.push(() => postgres.stop());
    target = postgres.hub.url;

    // The same merged feed, for the same kiosk, with its session copied along.
    expect(await hubClient(postgres.hub.url, kioskToken).feed.merged.query(feedInput)).toEqual(feedBefore);

    // Both clients continue: a change made on the PostgreSQL hub arrives, nothing is pulled again.
    const switched = proxy.requests.length;
    const editorToken = (await hubClient(postgres.hub.url).auth.login.mutate({ email: demoEmail('municipality', 'editor'), password: DEMO_PASSWORD })).token;
    const editor = hubClient(postgres.hub.url, editorToken);
    const served = await fetch(`${postgres.hub.url}/media/${mediaId}`, { headers: { authorization: `Bearer ${editorToken}` } });
    expect(Buffer.from(await served.arrayBuffer()).equals(image)).toBe(true);
    const pushed = await editor.sync.push.mutate({ mutations: [createMutation({ category: 'housing' }, { title: 'Na de verhuizing' })] });
    expect(pushed.cursor).toBe(changeLog.next);
    await kiosk.syncNow();
    await console.syncNow();
    expect(kiosk.state().online).toBe(true);
    expect(kiosk.store.items()).toHaveLength(kioskItems + 1);
    expect(kiosk.store.cursor()).toBeGreaterThan(kioskCursor);
    expect(console.store.views().some((v) => v.translations.nl?.title === 'Na de verhuizing')).toBe(true);
    const after = proxy.requests.slice(switched);
    expect(after.some((u) => u.startsWith('/sync/published'))).toBe(true);
    expect(after.some((u) => u.startsWith('/trpc/sync.pull'))).toBe(true);
    expect(after.filter(fromTheStart)).toEqual([]);
  });

  it('refuses a database that already holds data, naming what is there', async () => {
    const sqlite = await demoHub();
    const database = await emptyDatabase();
    await copyToPostgres({ sqliteFile: join(sqlite.dataDir, 'hub.db'), postgresUrl: database.url });
    const again = copyToPostgres({ sqliteFile: join(sqlite.dataDir, 'hub.db'), postgresUrl: database.url });
    await expect(again).rejects.toThrow(CopyError);
    await expect(again).rejects.toThrow(/is not empty: .*items \(\d+ rows\).*create a new one/);
  });

  it('finds a copy that differs afterwards: a changed text and a missing change-log entry, each named by its table', async () => {
    const sqlite = await demoHub();
    const database = await emptyDatabase();
    const sqliteFile = join(sqlite.dataDir, 'hub.db');
    expect((await copyToPostgres({ sqliteFile, postgresUrl: database.url })).ok).toBe(true);
    expect((await verifyPostgresCopy(sqliteFile, database.url)).every((c) => c.ok)).toBe(true);

    await onPostgres(database.url, "UPDATE translations SET title = title || '.' WHERE (item_id, language) = (SELECT item_id, language FROM translations LIMIT 1)");
    await onPostgres(database.url, 'DELETE FROM change_log WHERE seq = (SELECT max(seq) FROM change_log)');
    const checks = await verifyPostgresCopy(sqliteFile, database.url);
    const bad = Object.fromEntries(checks.filter((c) => !c.ok).map((c) => [c.table, c]));
    expect(Object.keys(bad).sort()).toEqual(['change_log', 'translations']);
    expect(bad.translations!.postgresRows).toBe(bad.translations!.sqliteRows);
    expect(bad.translations!.postgresChecksum).not.toBe(bad.translations!.sqliteChecksum);
    expect(bad.change_log!.postgresRows).toBe(bad.change_log!.sqliteRows - 1);
  });

  it('prints its progress and the verification table from the command line, and exits 2 on a database that is not empty', async () => {
    const sqlite = await demoHub();
    const database = await emptyDatabase();
    const run = () =>
      spawnSync(process.execPath, ['--import', 'tsx', resolve('main/hub/cli.ts'), 'copy-to-postgres', '--data-dir', sqlite.dataDir, '--database', database.url], {
        encoding: 'utf8',
        timeout: 60_000,
      });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/items: \d+ of \d+ rows/);
    expect(first.stdout).toMatch(/^table\s+rows SQLite\s+rows PostgreSQL\s+checksum SQLite\s+checksum PostgreSQL/m);
    expect(first.stdout).toMatch(/^items\s+\d+\s+\d+\s+[0-9a-f]{16}\s+[0-9a-f]{16}\s+ok$/m);
    expect(first.stdout).toMatch(/change_log\.seq continues at \d+/);
    expect(first.stdout).toMatch(/Verified: \d+ tables/);
    const second = run();
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(/not empty/);
  });
});

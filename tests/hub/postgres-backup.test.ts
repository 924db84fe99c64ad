/**
 * The README's PostgreSQL backup: pg_dump while the hub runs, pg_restore into a new database,
 * `renew-database-id`, and a kiosk that saw the newer history converges on the restored one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskCore } from '../../main/core/kiosk/kiosk-core';
import { RestoreError } from '../../main/hub/backup';
import { renewPostgresDatabaseId } from '../../main/hub/renew-database-id';
import { findPostgresBin } from '../../scripts/system-parts.mjs';
import { startFaultProxy } from '../helpers/fault-proxy';
import { buildWorld, startTestHub, type HubClient, type TestHub } from '../helpers/hub-fixture';
import { createMutation } from '../helpers/items';
import { createTestDatabase, TEST_DATABASE_URL } from '../helpers/test-database';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-pg-backup-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function postgresTool(name: 'pg_dump' | 'pg_restore', args: string[]) {
  const bin = findPostgresBin();
  const run = spawnSync(bin ? join(bin, name) : name, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr || run.error}`);
}

async function push(api: HubClient, ...mutations: Parameters<HubClient['sync']['push']['mutate']>[0]['mutations']) {
  const { results } = await api.sync.push.mutate({ mutations });
  expect(results.map((r) => r.status)).toEqual(mutations.map(() => 'applied'));
}

const titles = (kiosk: KioskCore) => kiosk.store.items().map((i) => i.translations.nl?.title).sort();

describe.runIf(TEST_DATABASE_URL)('backups on PostgreSQL', () => {
  it('pg_dump, pg_restore into a new database, renew-database-id: a kiosk that saw later changes pulls the restored state', async () => {
    const t: TestHub = await startTestHub();
    cleanups.push(() => t.stop());
    const world = await buildWorld(t);
    let target = t.hub.url;
    const proxy = await startFaultProxy(() => target);
    cleanups.push(() => proxy.close());
    const editor = t.client(await t.login(world.townA.emails.editor));
    const kept = createMutation({}, { title: 'Afval' });
    const removedLater = createMutation({}, { title: 'Parkeren' });
    await push(editor, kept, removedLater);
    const kiosk = new KioskCore({ dataDir: tempDir(), appVersion: 'test', pollMs: 3_600_000 });
    cleanups.push(() => kiosk.close());
    await kiosk.pair(proxy.url, world.kioskA.pairing.code);

    const dump = join(tempDir(), 'wegwijs.dump');
    postgresTool('pg_dump', ['-Fc', '-f', dump, t.database!.url]);

    await push(editor, createMutation({}, { title: 'Na de back-up' }), { mutationId: crypto.randomUUID(), type: 'item.delete', itemId: removedLater.itemId, baseRevision: 1 });
    await kiosk.syncNow();
    expect(titles(kiosk)).toEqual(['Afval', 'Na de back-up']);

    // Every instance stopped; the dump goes into a new database.
    await t.hub.close();
    const restored = await createTestDatabase(TEST_DATABASE_URL!);
    cleanups.push(() => restored.drop());
    postgresTool('pg_restore', ['--no-owner', '-d', restored.url, dump]);
    await renewPostgresDatabaseId(restored.url);

    const back = await startTestHub({ database: restored.url });
    cleanups.push(() => back.stop());
    target = back.hub.url;
    // Enough new changes that the restored sequence passes the kiosk's cursor again.
    const editorAgain = back.client(await back.login(world.townA.emails.editor));
    const after = Array.from({ length: 4 }, (_, i) => createMutation({}, { title: `Na het herstel ${i}` }));
    await push(editorAgain, ...after);

    await kiosk.syncNow();
    expect(titles(kiosk)).toEqual(['Afval', 'Parkeren', ...after.map((m) => m.source.title)].sort());
    expect(kiosk.store.databaseId()).toBe(await back.hub.deps.changes.databaseId());
  });

  it('refuses to renew the id while a hub instance is still connected', async () => {
    const t = await startTestHub();
    cleanups.push(() => t.stop());
    // The running instance holds connections (its pool, its LISTEN connection).
    await buildWorld(t);
    const renewing = renewPostgresDatabaseId(t.database!.url);
    await expect(renewing).rejects.toThrow(RestoreError);
    await expect(renewing).rejects.toThrow(/other connection\(s\) to this database are open\. Stop every hub instance first/);
  });
});

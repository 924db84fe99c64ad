import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { AdminCore } from '../../main/core/admin/admin-core';
import { KioskCore } from '../../main/core/kiosk/kiosk-core';
import { backupDatabase, restoreDatabase } from '../../main/hub/backup';
import { buildWorld, PASSWORD, startTestHub, type HubClient, type TestHub, type World } from '../helpers/hub-fixture';
import { tempCores } from '../helpers/temp-cores';
import { createMutation, updateMutation } from '../helpers/items';
import { TEST_DATABASE_URL } from '../helpers/test-database';

let t: TestHub;
let world: World;
const cores = tempCores('resync');

beforeEach(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
});
afterEach(async () => {
  await cores.cleanUp();
  await t.stop();
});

async function push(hub: HubClient, ...mutations: Parameters<HubClient['sync']['push']['mutate']>[0]['mutations']) {
  const { results } = await hub.sync.push.mutate({ mutations });
  expect(results.map((r) => r.status)).toEqual(mutations.map(() => 'applied'));
}

const titles = (items: { translations: { nl?: { title: string } } }[]) => items.map((i) => i.translations.nl?.title).sort();

/** A SQLite file's backup and restore (the PostgreSQL pass skips it: pg_dump and pg_restore there). */
describe.skipIf(TEST_DATABASE_URL !== null)('after the hub is restored from a backup', () => {
  it('a kiosk and a console converge on the restored state, and the console’s unsent change survives', async () => {
    let editor = t.client(await t.login(world.townA.emails.editor));
    const kept = createMutation({}, { title: 'Afval' });
    const removedLater = createMutation({}, { title: 'Parkeren' });
    await push(editor, kept, removedLater);

    const kiosk = new KioskCore({ dataDir: cores.tempDir(), appVersion: 'test', pollMs: 3_600_000 });
    cores.track(kiosk);
    await kiosk.pair(t.hub.url, world.kioskA.pairing.code);
    const console = new AdminCore({ dataDir: cores.tempDir(), pollMs: 3_600_000 });
    cores.track(console);
    await console.signIn(t.hub.url, world.townA.emails.admin, PASSWORD);
    await console.syncNow();

    const backup = join(cores.tempDir(), 'hub-backup.db');
    await backupDatabase(join(t.dataDir, 'hub.db'), backup);

    // After the backup: a new item, a retitled one, a deleted one. Both clients see it all.
    await push(editor, createMutation({}, { title: 'Na de back-up' }), updateMutation(kept.itemId, 1, { translations: { nl: { title: 'Afval (nieuw)' } } }), {
      mutationId: crypto.randomUUID(),
      type: 'item.delete',
      itemId: removedLater.itemId,
      baseRevision: 1,
    });
    await kiosk.syncNow();
    await console.syncNow();
    expect(titles(kiosk.store.items())).toEqual(['Afval (nieuw)', 'Na de back-up']);
    const seenBeforeRestore = kiosk.store.cursor();

    await t.restart(() => restoreDatabase(backup, t.dataDir));
    // The console edits while the hub is away; it reaches the restored hub later.
    console.update(kept.itemId, { translations: { nl: { summary: 'Gescheiden ophalen op dinsdag' } } });
    // Enough new changes on the restored hub that its sequence passes the clients' cursors again.
    editor = t.client(await t.login(world.townA.emails.editor));
    const after = Array.from({ length: 6 }, (_, i) => createMutation({}, { title: `Na het herstel ${i}` }));
    await push(editor, ...after);
    expect(await t.hub.deps.changes.latestSeq()).toBeGreaterThan(seenBeforeRestore);

    await kiosk.syncNow();
    await console.syncNow();
    await console.syncNow();

    const restored = ['Afval', 'Parkeren', ...after.map((m) => m.source.title)].sort();
    expect(titles(kiosk.store.items())).toEqual(restored);
    expect(kiosk.store.search('parkeren', 'nl', kiosk.now()).map((e) => e.id)).toEqual([removedLater.itemId]);
    expect(kiosk.store.search('back', 'nl', kiosk.now())).toEqual([]);
    expect(kiosk.store.databaseId()).toBe(await t.hub.deps.changes.databaseId());

    expect(console.status()).toMatchObject({ pending: 0, conflicts: 0 });
    expect(titles(console.store.views())).toEqual(restored);
    const onHub = await editor.content.get.query({ itemId: kept.itemId });
    expect(onHub.translations.nl).toMatchObject({ title: 'Afval', summary: 'Gescheiden ophalen op dinsdag' });
    expect(console.store.view(kept.itemId)?.translations.nl?.summary).toBe('Gescheiden ophalen op dinsdag');
  });
});

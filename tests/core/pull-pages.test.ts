import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KioskStore } from '../../main/core/kiosk/kiosk-store';
import { pullCurrent, splitRanges } from '../../main/core/pull-pages';
import { buildWorld, pairKiosk, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation, updateMutation } from '../helpers/items';

let t: TestHub;
let world: World;
let dir: string;
beforeEach(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
  dir = mkdtempSync(join(tmpdir(), 'wegwijs-pull-'));
});
afterEach(async () => {
  await t.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('pulling in ranges', () => {
  it('cuts the log into ranges', () => {
    expect(splitRanges(10, 35, 10)).toEqual([[10, 20], [20, 30], [30, 35]]);
    expect(splitRanges(10, 10, 5)).toEqual([]);
  });

  it('a range pull stops at `until`, and its cursor never passes what the hub had', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const creates = Array.from({ length: 6 }, () => createMutation());
    const { cursor: latest } = await editor.sync.push.mutate({ mutations: creates });
    const kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    const part = await kiosk.sync.pull.query({ since: 0, until: latest - 3 });
    expect(part.items).toHaveLength(3);
    expect(part).toMatchObject({ cursor: latest - 3, hasMore: false, latestSeq: latest });
    const beyond = await kiosk.sync.pull.query({ since: 0, until: latest + 100 });
    expect(beyond.cursor).toBe(latest);
  });

  it('stores every item once and in its newest version, even when it changes during the pull', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const creates = Array.from({ length: 40 }, () => createMutation());
    await editor.sync.push.mutate({ mutations: creates });
    // The first item changes again after everything else: its newest version must win.
    await editor.sync.push.mutate({ mutations: [updateMutation(creates[0]!.itemId, 1, { translations: { nl: { title: 'Nieuwste titel' } } })] });
    const kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    const store = new KioskStore(join(dir, 'kiosk.db'));
    let edited = false;
    const progress = await pullCurrent(store, async (since, until) => {
      const page = await kiosk.sync.pull.query({ since, until, limit: 5 });
      if (!edited) {
        edited = true;
        await editor.sync.push.mutate({ mutations: [updateMutation(creates[1]!.itemId, 1, { fields: { pinned: true } })] });
      }
      return page;
    });
    const stored = new Map(store.items().map((i) => [i.id, i]));
    expect(stored.size).toBe(40);
    expect(stored.get(creates[0]!.itemId)?.translations.nl?.title).toBe('Nieuwste titel');
    expect(stored.get(creates[1]!.itemId)?.pinned).toBe(true);
    expect(progress.pages).toBeGreaterThan(8);
    store.close();
  });

  it('starts over, and ends complete, when its cursor is ahead of the hub', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const creates = Array.from({ length: 12 }, () => createMutation());
    await editor.sync.push.mutate({ mutations: creates });
    const kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    const store = new KioskStore(join(dir, 'kiosk.db'));
    const fetchPage = (since: number, until?: number) => kiosk.sync.pull.query({ since, until, limit: 5 });
    expect((await pullCurrent(store, fetchPage)).resynced).toBe(false);

    // As after a restore that kept the database's identity: this side has seen sequences the hub has not.
    store.set('cursor', String((await t.hub.deps.changes.latestSeq()) + 100));
    store.db.exec("DELETE FROM items WHERE rowid IN (SELECT rowid FROM items LIMIT 3)");
    const result = await pullCurrent(store, fetchPage);
    expect(result.resynced).toBe(true);
    expect(store.items()).toHaveLength(12);
    expect(store.cursor()).toBe(await t.hub.deps.changes.latestSeq());
    store.close();
  });
});

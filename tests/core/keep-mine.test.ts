import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminCore } from '../../main/core/admin/admin-core';
import { buildWorld, PASSWORD, startTestHub, type HubClient, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation, updateMutation } from '../helpers/items';

let t: TestHub;
let world: World;
let hub: HubClient;
const dirs: string[] = [];
const cores: AdminCore[] = [];

beforeEach(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
  hub = t.client(await t.login(world.townA.emails.editor));
});
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
  await t.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function console(email: string) {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-keep-mine-'));
  dirs.push(dir);
  const core = new AdminCore({ dataDir: dir, pollMs: 3_600_000 });
  cores.push(core);
  await core.signIn(t.hub.url, email, PASSWORD);
  await core.syncNow();
  return core;
}

/** A Dutch item with an English translation, at revision 2 on the hub. */
async function itemWithEnglish(): Promise<string> {
  const item = createMutation({}, { title: 'Afval scheiden', summary: 'Zo scheidt u afval.', body: '<p>Plastic apart.</p>' });
  const english = updateMutation(item.itemId, 1, { translations: { en: { title: 'Separating waste', summary: 'How to separate waste.', body: '<p>Plastic apart.</p>' } } });
  const { results } = await hub.sync.push.mutate({ mutations: [item, english] });
  expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
  return item.itemId;
}

describe('"keep mine" in a conflict', () => {
  it('sends only the fields in conflict: other editors’ unrelated changes survive', async () => {
    const id = await itemWithEnglish();
    const loser = await console(world.townA.emails.admin);
    // Someone else retitles it first; the console, not knowing, retitles it too.
    await hub.sync.push.mutate({ mutations: [updateMutation(id, 2, { translations: { nl: { title: 'Afval scheiden (hub)' } } })] });
    loser.update(id, { translations: { nl: { title: 'Afval scheiden (console)' } } });
    await loser.syncNow();
    const [conflict] = loser.store.conflicts();
    expect(conflict).toMatchObject({ kind: 'conflict', fields: ['t.nl.title'] });

    // Meanwhile others pin it and fix the English title; the console hears of that before choosing.
    await hub.sync.push.mutate({ mutations: [updateMutation(id, 3, { fields: { pinned: true }, translations: { en: { title: 'Separating your waste' } } })] });
    await loser.syncNow();
    loser.resolveConflict(conflict!.id, 'mine');
    await loser.syncNow();

    expect(loser.status()).toMatchObject({ pending: 0, conflicts: 0 });
    const onHub = await hub.content.get.query({ itemId: id });
    expect(onHub.translations.nl?.title).toBe('Afval scheiden (console)');
    expect(onHub.pinned).toBe(true);
    expect(onHub.translations.en?.title).toBe('Separating your waste');
  });

  it('on an item deleted meanwhile recreates it under a new id, with every translation', async () => {
    const id = await itemWithEnglish();
    const editor = await console(world.townA.emails.admin);
    // Deleted on the hub; the console, not knowing yet, changes it. Its sync hears of the deletion before it pushes.
    await hub.sync.push.mutate({ mutations: [{ mutationId: crypto.randomUUID(), type: 'item.delete', itemId: id, baseRevision: 2 }] });
    editor.update(id, { translations: { nl: { summary: 'Zo scheidt u afval in de gemeente.' } } });
    await editor.syncNow();
    const [conflict] = editor.store.conflicts();
    expect(conflict).toMatchObject({ kind: 'conflict', server: null, fields: ['deleted'] });

    editor.resolveConflict(conflict!.id, 'mine');
    await editor.syncNow();
    await editor.syncNow();
    expect(editor.status()).toMatchObject({ pending: 0, conflicts: 0 });
    const items = await hub.content.list.query();
    expect(items).toHaveLength(1);
    expect(items[0]!.id).not.toBe(id);
    expect(items[0]!.translations.nl).toMatchObject({ title: 'Afval scheiden', summary: 'Zo scheidt u afval in de gemeente.' });
    expect(items[0]!.translations.en?.title).toBe('Separating waste');
  });

  it('or discards the change to the deleted item, sending nothing', async () => {
    const id = await itemWithEnglish();
    const editor = await console(world.townA.emails.admin);
    editor.update(id, { fields: { pinned: true } });
    await hub.sync.push.mutate({ mutations: [{ mutationId: crypto.randomUUID(), type: 'item.delete', itemId: id, baseRevision: 2 }] });
    await editor.syncNow();
    editor.resolveConflict(editor.store.conflicts()[0]!.id, 'server');
    await editor.syncNow();
    expect(editor.status()).toMatchObject({ pending: 0, conflicts: 0 });
    expect(await hub.content.list.query()).toEqual([]);
  });
});

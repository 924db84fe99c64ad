import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { buildWorld, pairKiosk, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation, updateMutation } from '../helpers/items';

let t: TestHub;
let world: World;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2026-12-01T09:00:00Z');
  t = await startTestHub({ now: () => clock });
  world = await buildWorld(t);
});
afterEach(() => t.stop());

async function editor(key: 'townA' | 'employerA' | 'national' = 'townA') {
  return t.client(await t.login(world[key].emails.editor));
}

describe('push', () => {
  it('applies a mutation pushed twice only once', async () => {
    const api = await editor();
    const create = createMutation();
    const first = await api.sync.push.mutate({ mutations: [create] });
    const again = await api.sync.push.mutate({ mutations: [create] });
    expect(first.results[0]!.status).toBe('applied');
    expect(again.results[0]).toEqual(first.results[0]);
    const rename = updateMutation(create.itemId, 1, { translations: { nl: { title: 'Huur betalen per maand' } } });
    await api.sync.push.mutate({ mutations: [rename] });
    await api.sync.push.mutate({ mutations: [rename] });
    const item = await api.content.get.query({ itemId: create.itemId });
    expect(item.revision).toBe(2);
    expect((await api.content.history.query({ itemId: create.itemId })).map((r) => r.revision)).toEqual([2, 1]);
  });

  it('merges changes to different fields made from the same revision', async () => {
    const a = await editor();
    const b = t.client(await t.login(world.townA.emails.admin));
    const create = createMutation();
    await a.sync.push.mutate({ mutations: [create] });
    await a.sync.push.mutate({ mutations: [updateMutation(create.itemId, 1, { fields: { pinned: true } })] });
    const res = await b.sync.push.mutate({ mutations: [updateMutation(create.itemId, 1, { fields: { category: 'money' } })] });
    expect(res.results[0]).toMatchObject({ status: 'applied', merged: true });
    const item = await a.content.get.query({ itemId: create.itemId });
    expect(item).toMatchObject({ pinned: true, category: 'money', revision: 3 });
  });

  it('answers a conflict with the server version when the same field changed, and keeps the server text', async () => {
    const a = await editor();
    const b = t.client(await t.login(world.townA.emails.admin));
    const create = createMutation();
    await a.sync.push.mutate({ mutations: [create] });
    await a.sync.push.mutate({ mutations: [updateMutation(create.itemId, 1, { translations: { nl: { title: 'Versie A' } } })] });
    const res = await b.sync.push.mutate({ mutations: [updateMutation(create.itemId, 1, { translations: { nl: { title: 'Versie B' } } })] });
    const result = res.results[0]!;
    expect(result.status).toBe('conflict');
    if (result.status !== 'conflict') return;
    expect(result.fields).toEqual(['t.nl.title']);
    expect(result.server?.translations.nl?.title).toBe('Versie A');
    expect((await a.content.get.query({ itemId: create.itemId })).translations.nl?.title).toBe('Versie A');
  });

  it('rejects a malformed mutation naming the field, and keeps what is stored', async () => {
    const api = await editor();
    const create = createMutation();
    await api.sync.push.mutate({ mutations: [create] });
    const bad = { ...createMutation(), fields: { ...createMutation().fields, category: 'parties' } };
    await expect(api.sync.push.mutate({ mutations: [bad as never] })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', field: 'mutations.0.fields.category' },
    });
    const window = updateMutation(create.itemId, 1, {
      fields: { validFrom: '2026-12-10T00:00:00Z', validUntil: '2026-12-05T00:00:00Z' },
    });
    const res = await api.sync.push.mutate({ mutations: [window] });
    expect(res.results[0]).toMatchObject({ status: 'rejected', field: 'fields.validUntil' });
    expect((await api.content.get.query({ itemId: create.itemId })).revision).toBe(1);
  });

  it('answers a change to an item deleted meanwhile with a conflict the editor can act on; a second delete is done', async () => {
    const api = await editor();
    const create = createMutation();
    await api.sync.push.mutate({ mutations: [create] });
    await api.sync.push.mutate({ mutations: [{ mutationId: randomUUID(), type: 'item.delete', itemId: create.itemId, baseRevision: 1 }] });
    const { results } = await api.sync.push.mutate({
      mutations: [
        updateMutation(create.itemId, 1, { fields: { pinned: true } }),
        { mutationId: randomUUID(), type: 'item.delete', itemId: create.itemId, baseRevision: 1 },
      ],
    });
    expect(results[0]).toMatchObject({ status: 'conflict', server: null, fields: ['deleted'] });
    expect(results[1]).toMatchObject({ status: 'applied', item: null });
    // Another tenant's item still reads as not found: no hint that it exists.
    const foreign = await (await editor('employerA')).sync.push.mutate({ mutations: [updateMutation(create.itemId, 1, { fields: { pinned: true } })] });
    expect(foreign.results[0]).toMatchObject({ status: 'rejected', field: 'itemId' });
  });
});

describe('database identity and hub time', () => {
  it('come with every pull page; a restore gives the database a new identity', async () => {
    const api = await editor();
    await api.sync.push.mutate({ mutations: [createMutation()] });
    const admin = await api.sync.pull.query({ since: 0 });
    const kiosk = await t.client(await pairKiosk(t, world.kioskA.pairing.code)).sync.pull.query({ since: 0 });
    expect(admin.databaseId).toMatch(/^[0-9a-f]{32}$/);
    expect(kiosk.databaseId).toBe(admin.databaseId);
    expect(admin.hubTime).toBe(clock.toISOString());

    // Backup and restore are the SQLite file's; a PostgreSQL database is restored with pg_restore.
    if (t.database) return;
    const { backupDatabase, restoreDatabase } = await import('../../main/hub/backup');
    const file = `${t.dataDir}/backup.db`;
    await backupDatabase(`${t.dataDir}/hub.db`, file);
    await t.restart(() => restoreDatabase(file, t.dataDir));
    const after = await (await editor()).sync.pull.query({ since: 0 });
    expect(after.databaseId).toMatch(/^[0-9a-f]{32}$/);
    expect(after.databaseId).not.toBe(admin.databaseId);
    expect(after.items).toHaveLength(1);
  });
});

describe('translations', () => {
  it('marks translations outdated only when the source text really changes', async () => {
    const api = await editor();
    const create = createMutation();
    await api.sync.push.mutate({ mutations: [create] });
    await api.sync.push.mutate({ mutations: [updateMutation(create.itemId, 1, { translations: { pl: { title: 'Płacenie czynszu', body: '<p>Płać na czas.</p>' } } })] });
    const status = async () => (await api.content.get.query({ itemId: create.itemId })).translations.pl?.status;
    expect(await status()).toBe('current');

    // A save without change, a move to another category and a publish leave it current.
    await api.sync.push.mutate({ mutations: [updateMutation(create.itemId, 2, { translations: { nl: { title: 'Huur betalen' } } })] });
    await api.sync.push.mutate({ mutations: [updateMutation(create.itemId, 2, { fields: { category: 'money', published: false } })] });
    expect(await status()).toBe('current');
    // Formatting only, and an edit marked minor, leave it current too.
    await api.sync.push.mutate({ mutations: [updateMutation(create.itemId, 3, { translations: { nl: { body: '<p><strong>Betaal</strong> de huur op tijd.</p>' } } })] });
    await api.sync.push.mutate({ mutations: [updateMutation(create.itemId, 4, { translations: { nl: { title: 'Huur  betalen.' } }, minor: true })] });
    expect(await status()).toBe('current');
    // A real change of the source text makes it outdated.
    await api.sync.push.mutate({ mutations: [updateMutation(create.itemId, 5, { translations: { nl: { body: '<p>Betaal de huur voor de 1e van de maand.</p>' } } })] });
    expect(await status()).toBe('outdated');
  });

  it('lets a translator change translations but not the source or the fields', async () => {
    const api = await editor();
    const create = createMutation();
    await api.sync.push.mutate({ mutations: [create] });
    const translator = t.client(await t.login(world.townA.emails.translator));
    const res = await translator.sync.push.mutate({
      mutations: [
        updateMutation(create.itemId, 1, { translations: { ro: { title: 'Plata chiriei' } } }),
        updateMutation(create.itemId, 1, { translations: { nl: { title: 'Gekaapt' } } }),
        updateMutation(create.itemId, 1, { fields: { published: false } }),
      ],
    });
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'rejected', 'rejected']);
    await expect(translator.sync.push.mutate({ mutations: [createMutation()] })).resolves.toMatchObject({ results: [{ status: 'rejected' }] });
    const viewer = t.client(await t.login(world.townA.emails.viewer));
    await expect(viewer.sync.push.mutate({ mutations: [createMutation()] })).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
  });
});

describe('pull', () => {
  it('gives an admin its own layer in every state, paged, and tombstones for deleted items', async () => {
    const api = await editor();
    const creates = Array.from({ length: 5 }, (_, i) => createMutation({ published: i % 2 === 0 }));
    await api.sync.push.mutate({ mutations: creates });
    await (await editor('employerA')).sync.push.mutate({ mutations: [createMutation()] });

    const page1 = await api.sync.pull.query({ since: 0, limit: 3 });
    expect(page1).toMatchObject({ kind: 'layer', hasMore: true });
    const page2 = await api.sync.pull.query({ since: page1.cursor, limit: 3 });
    expect(page2.hasMore).toBe(false);
    const ids = [...page1.items, ...page2.items].map((i) => i.id).sort();
    expect(ids).toEqual(creates.map((c) => c.itemId).sort());

    await api.sync.push.mutate({ mutations: [{ mutationId: randomUUID(), type: 'item.delete', itemId: creates[0]!.itemId, baseRevision: 1 }] });
    const page3 = await api.sync.pull.query({ since: page2.cursor });
    expect(page3.items).toEqual([]);
    expect(page3.tombstones).toEqual([{ id: creates[0]!.itemId, reason: 'deleted' }]);
  });

  it('gives a kiosk only its location’s published merge, with tombstones for what left it', async () => {
    const town = await editor();
    const published = createMutation();
    const draft = createMutation({ published: false });
    await town.sync.push.mutate({ mutations: [published, draft] });
    const linked = createMutation({ category: 'work' });
    await (await editor('employerA')).sync.push.mutate({ mutations: [linked] });
    const national = createMutation({ category: 'rules' });
    await (await editor('national')).sync.push.mutate({ mutations: [national] });
    const otherTown = createMutation();
    await t.client(await t.login(world.townB.emails.editor)).sync.push.mutate({ mutations: [otherTown] });

    const kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    const first = await kiosk.sync.pull.query({ since: 0 });
    expect(first.kind).toBe('published');
    expect(first.items.map((i) => i.id).sort()).toEqual([published.itemId, linked.itemId, national.itemId].sort());
    expect(JSON.stringify(first)).not.toContain(draft.itemId.slice(0, 0) + otherTown.itemId);

    // Unpublish, hide the national item, unlink the employer: each leaves a tombstone with its reason.
    await town.sync.push.mutate({ mutations: [updateMutation(published.itemId, 1, { fields: { published: false } })] });
    const admin = t.client(await t.login(world.townA.emails.admin));
    await admin.locations.setHidden.mutate({ locationId: world.locA.id, itemId: national.itemId, hidden: true });
    await admin.locations.setEmployerLink.mutate({ locationId: world.locA.id, employerTenantId: world.employerA.tenant.id, linked: false });
    const next = await kiosk.sync.pull.query({ since: first.cursor });
    expect(next.items).toEqual([]);
    expect(Object.fromEntries(next.tombstones.map((x) => [x.id, x.reason]))).toEqual({
      [published.itemId]: 'unpublished',
      [national.itemId]: 'hidden',
      [linked.itemId]: 'unlinked',
    });
  });

  it('lets validity windows open and close on time without an edit', async () => {
    const town = await editor();
    const scheduled = createMutation({ validFrom: '2026-12-01T10:00:00Z', validUntil: '2026-12-01T12:00:00Z' });
    await town.sync.push.mutate({ mutations: [scheduled] });
    const kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    const before = await kiosk.sync.pull.query({ since: 0 });
    expect(before.items).toEqual([]);

    clock = new Date('2026-12-01T10:00:01Z');
    const opened = await kiosk.sync.pull.query({ since: before.cursor });
    expect(opened.items.map((i) => i.id)).toEqual([scheduled.itemId]);
    expect((await kiosk.feed.merged.query({ locationId: world.locA.id, language: 'nl' })).map((e) => e.id)).toEqual([scheduled.itemId]);

    clock = new Date('2026-12-01T12:30:00Z');
    const closed = await kiosk.sync.pull.query({ since: opened.cursor });
    expect(closed.tombstones).toEqual([{ id: scheduled.itemId, reason: 'expired' }]);
    expect(await kiosk.feed.merged.query({ locationId: world.locA.id, language: 'nl' })).toEqual([]);
  });

  it('loses nothing when the hub restarts between a push and a pull', async () => {
    const town = await editor();
    const create = createMutation();
    const pushed = await town.sync.push.mutate({ mutations: [create, updateMutation(create.itemId, 1, { translations: { pl: { title: 'Czynsz' } } })] });
    expect(pushed.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const token = await t.login(world.townA.emails.editor);
    await t.restart();
    const after = t.client(token);
    const pulled = await after.sync.pull.query({ since: 0 });
    expect(pulled.items).toHaveLength(1);
    expect(pulled.items[0]).toMatchObject({ id: create.itemId, revision: 2 });
    expect(pulled.items[0]!.translations.pl?.title).toBe('Czynsz');
    // The same mutation pushed again after the restart is still recognised.
    expect((await after.sync.push.mutate({ mutations: [create] })).results[0]!.status).toBe('applied');
    expect((await after.content.get.query({ itemId: create.itemId })).revision).toBe(2);
  });
});

describe('history', () => {
  it('restores an old revision as a new one and keeps the audit trail', async () => {
    const api = await editor();
    const create = createMutation();
    await api.sync.push.mutate({ mutations: [create] });
    await api.sync.push.mutate({ mutations: [updateMutation(create.itemId, 1, { translations: { nl: { title: 'Verkeerde titel' } }, fields: { pinned: true } })] });
    const restored = await api.content.restore.mutate({ itemId: create.itemId, revision: 1 });
    expect(restored).toMatchObject({ revision: 3, pinned: false });
    expect(restored.translations.nl?.title).toBe('Huur betalen');
    await expect(api.content.restore.mutate({ itemId: create.itemId, revision: 9 })).rejects.toMatchObject({ data: { code: 'BAD_REQUEST', field: 'revision' } });
    const audit = await t.client(await t.login(world.townA.emails.admin)).users.audit.query({ limit: 10 });
    expect(audit.entries.filter((a) => a.entityId === create.itemId).map((a) => a.action)).toEqual(['item.restore', 'item.update', 'item.create']);
    const translator = t.client(await t.login(world.townA.emails.translator));
    await expect(translator.content.restore.mutate({ itemId: create.itemId, revision: 1 })).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, startTestHub, type HubClient, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation, updateMutation } from '../helpers/items';

let t: TestHub;
let world: World;
let admin: HubClient;
let editor: HubClient;
let itemId = '';
let editorId = '';

// A published item, edited, translated into Polish, its Polish marked current, unpublished,
// and scheduled; then enough other edits to need more than one page of 200.
beforeAll(async () => {
  let now = new Date('2026-12-01T09:00:00Z');
  t = await startTestHub({ now: () => now });
  world = await buildWorld(t);
  admin = t.client(await t.login(world.townA.emails.admin));
  editor = t.client(await t.login(world.townA.emails.editor));
  editorId = (await admin.users.list.query()).find((u) => u.email === world.townA.emails.editor)!.id;
  const create = createMutation({ published: false });
  itemId = create.itemId;
  const push = async (m: Parameters<typeof editor.sync.push.mutate>[0]['mutations'][number]) => {
    const [result] = (await editor.sync.push.mutate({ mutations: [m] })).results;
    expect(result?.status).toBe('applied');
  };
  await push(create);
  await push(updateMutation(itemId, 1, { fields: { published: true } }));
  await push(updateMutation(itemId, 2, { translations: { nl: { title: 'Huur betalen per maand' } } }));
  await push(updateMutation(itemId, 3, { translations: { pl: { title: 'Płacenie czynszu', summary: '', body: '' } } }));
  await push(updateMutation(itemId, 4, { translations: { nl: { title: 'Huur betalen, elke maand' } } }));
  await push(updateMutation(itemId, 5, { translations: { pl: { status: 'current' } } }));
  await push(updateMutation(itemId, 6, { fields: { published: false } }));
  await push(updateMutation(itemId, 7, { fields: { published: true, validFrom: '2027-01-01T09:00:00Z' } }));
  const other = createMutation();
  await push(other);
  for (let revision = 1; revision <= 220; revision++) {
    now = new Date(now.getTime() + 1_000);
    await push(updateMutation(other.itemId, revision, { fields: { priority: revision % 100 } }));
  }
});
afterAll(() => t.stop());

describe('the audit trail', () => {
  it('names what was done: created, published, edited, translated into Polish, marked current, unpublished, scheduled', async () => {
    const { entries } = await admin.users.audit.query({ itemId, limit: 50 });
    expect(entries.map((e) => e.actions).reverse()).toEqual([
      [{ kind: 'created' }],
      [{ kind: 'published' }],
      [{ kind: 'edited' }],
      [{ kind: 'translated', language: 'pl' }],
      [{ kind: 'edited' }],
      [{ kind: 'marked_current', language: 'pl' }],
      [{ kind: 'unpublished' }],
      [{ kind: 'scheduled' }],
    ]);
    expect(entries.every((e) => e.actorId === editorId)).toBe(true);
  });

  it('filters by kind of action, by person and by item', async () => {
    const published = await admin.users.audit.query({ kind: 'published' });
    expect(published.entries.map((e) => e.entityId)).toEqual([itemId]);
    const translated = await admin.users.audit.query({ kind: 'translated' });
    expect(translated.entries).toHaveLength(1);
    const byAdmin = await admin.users.audit.query({ actorId: (await admin.auth.me.query()).user.id, limit: 500 });
    expect(byAdmin.entries.every((e) => e.actorName === byAdmin.entries[0]!.actorName)).toBe(true);
    expect(byAdmin.entries.some((e) => e.entityId === itemId)).toBe(false);
  });

  it('pages beyond 200 entries without gaps or repeats', async () => {
    const seen: number[] = [];
    let beforeId: number | undefined;
    do {
      const page = await admin.users.audit.query({ limit: 200, beforeId });
      seen.push(...page.entries.map((e) => e.id));
      beforeId = page.nextBefore ?? undefined;
    } while (beforeId);
    expect(seen.length).toBeGreaterThan(230);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });
});

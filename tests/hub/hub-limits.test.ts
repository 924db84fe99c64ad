/**
 * The hub's edges against an outside probe: who may fetch an image, who may create a national
 * tenant, how big a request may be, and what a refused change costs to keep.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { buildWorld, startTestHub, TEST_HASH_COST, type TestHub, type World } from '../helpers/hub-fixture';
import { randomUUID } from 'node:crypto';
import { createMutation } from '../helpers/items';
import { REFUSED_MUTATION_RETENTION_MS } from '../../main/hub/data/retention';

const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const DAY = 24 * 60 * 60_000;

let t: TestHub;
let world: World;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2026-12-01T09:00:00Z');
  t = await startTestHub({ now: () => clock });
  world = await buildWorld(t);
});
afterEach(() => t.stop());

describe('/media/<id> for people without an account', () => {
  const anonymousStatus = async (mediaId: string) => (await fetch(`${t.hub.url}/media/${mediaId}`)).status;

  async function itemWithImage(fields: Parameters<typeof createMutation>[0]) {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const { mediaId } = await editor.content.uploadImage.mutate({ contentType: 'image/png', dataBase64: TINY_PNG });
    const create = createMutation({ ...fields, images: [{ mediaId }] });
    await editor.sync.push.mutate({ mutations: [create] });
    return { editor, mediaId, itemId: create.itemId };
  }

  it('serves the image of a published, live item', async () => {
    const { mediaId } = await itemWithImage({ published: true });
    expect(await anonymousStatus(mediaId)).toBe(200);
  });

  it('hides the image of a scheduled item until its window opens by the hub’s clock', async () => {
    const { mediaId } = await itemWithImage({ published: true, validFrom: new Date(clock.getTime() + DAY).toISOString() });
    expect(await anonymousStatus(mediaId)).toBe(404);
    // The owner's own users still see it, to prepare the item.
    const own = await fetch(`${t.hub.url}/media/${mediaId}`, { headers: { authorization: `Bearer ${await t.login(world.townA.emails.viewer)}` } });
    expect(own.status).toBe(200);
    clock = new Date(clock.getTime() + DAY + 1_000);
    expect(await anonymousStatus(mediaId)).toBe(200);
  });

  it('hides the image of an expired item', async () => {
    const { mediaId } = await itemWithImage({ published: true, validUntil: new Date(clock.getTime() + DAY).toISOString() });
    expect(await anonymousStatus(mediaId)).toBe(200);
    clock = new Date(clock.getTime() + 2 * DAY);
    expect(await anonymousStatus(mediaId)).toBe(404);
  });

  it('hides the image of a deleted item', async () => {
    const { mediaId, editor, itemId } = await itemWithImage({ published: true });
    await editor.sync.push.mutate({ mutations: [{ mutationId: randomUUID(), type: 'item.delete', itemId, baseRevision: 1 }] });
    expect(await anonymousStatus(mediaId)).toBe(404);
  });
});

describe('a national tenant', () => {
  it('cannot be created by the operator unless the hub was started allowing it', async () => {
    const operator = t.client(await t.login(world.operatorEmail));
    const refused = operator.operator.createTenant.mutate({ kind: 'national', name: 'Second national layer' });
    await expect(refused).rejects.toMatchObject({ data: { code: 'FORBIDDEN', field: 'kind' }, message: expect.stringMatching(/--allow-national-tenant/) });
    expect((await operator.operator.tenants.query()).filter((x) => x.kind === 'national')).toHaveLength(1);
    // Other kinds stay the operator's daily work.
    await expect(operator.operator.createTenant.mutate({ kind: 'municipality', name: 'Gemeente Nieuw' })).resolves.toMatchObject({ kind: 'municipality' });
  });

  it('can be created on a hub started with --allow-national-tenant', async () => {
    const allowed = await startTestHub({ settings: { hashCost: TEST_HASH_COST, allowNationalTenant: true } });
    try {
      const w = await buildWorld(allowed);
      const operator = allowed.client(await allowed.login(w.operatorEmail));
      await expect(operator.operator.createTenant.mutate({ kind: 'national', name: 'Second national layer' })).resolves.toMatchObject({ kind: 'national' });
    } finally {
      await allowed.stop();
    }
  });
});

/** A raw POST, so the test controls the headers and the body exactly. */
function post(path: string, body: Buffer | string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const url = new URL(path, t.hub.url);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('request limits', () => {
  it('answers 413 to a body over the limit from its length alone, before reading it', async () => {
    const res = await post('/trpc/auth.login', '{}', { 'content-length': String(40 * 1024 * 1024) }).catch((err: Error) => ({ status: -1, text: err.message }));
    expect(res.status).toBe(413);
  });

  it('reads at most 64 KB from someone who is not signed in', async () => {
    const body = JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(100 * 1024) });
    expect((await post('/trpc/auth.login', body)).status).toBe(413);
    const fake = await post('/trpc/auth.login', body, { authorization: 'Bearer wws_made-up-token' });
    expect(fake.status).toBe(413);
  });

  it('takes a full push of long texts from a signed-in editor: queued changes always fit', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const body = `<p>${'Lange tekst over huisvesting. '.repeat(1_600)}</p>`.slice(0, 50_000);
    const mutations = Array.from({ length: 100 }, (_, i) => createMutation({}, { title: `Lang ${i}`, body }));
    const { results } = await editor.sync.push.mutate({ mutations });
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(100);
  });

  it('answers 413 to a streamed body (no length given): at once when not signed in, else once it passes the limit', async () => {
    const small = Buffer.from(JSON.stringify({ email: 'a@example.org', password: 'x' }));
    expect((await post('/trpc/auth.login', small, { 'transfer-encoding': 'chunked' })).status).toBe(413);
    const token = await t.login(world.townA.emails.editor);
    const big = Buffer.alloc(17 * 1024 * 1024, 'a');
    const res = await post('/trpc/sync.push', big, { 'transfer-encoding': 'chunked', authorization: `Bearer ${token}` }).catch((err: Error) => ({ status: -1, text: err.message }));
    expect(res.status).toBe(413);
  });

  it('refuses a batch of more than 10 calls', async () => {
    const paths = Array.from({ length: 11 }, () => 'auth.me').join(',');
    const res = await fetch(`${t.hub.url}/trpc/${paths}?batch=1&input=${encodeURIComponent('{}')}`);
    expect(res.status).toBe(400);
  });

  it('caps the changes of all pushes in one request together', async () => {
    const token = await t.login(world.townA.emails.editor);
    const push = (n: number) => ({ mutations: Array.from({ length: n }, () => createMutation()) });
    const batch = Object.fromEntries([0, 1].map((i) => [i, push(60)]));
    const res = await post('/trpc/sync.push,sync.push?batch=1', JSON.stringify(batch), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/At most 100 changes per request; this one has 120/);
    const editor = t.client(token);
    expect(await editor.content.list.query()).toHaveLength(0);
  });
});

describe('text fields', () => {
  it('cap the contact card’s website and e-mail, and a user’s e-mail, naming the field', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const contact = (over: Record<string, string>) => createMutation({ kind: 'contact', contact: { phones: [], email: null, address: null, openingHours: [], website: null, ...over } });
    const longUrl = `https://example.org/${'a'.repeat(1024 * 1024)}`;
    await expect(editor.sync.push.mutate({ mutations: [contact({ website: longUrl })] })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', field: 'mutations.0.fields.contact.website' },
    });
    await expect(editor.sync.push.mutate({ mutations: [contact({ email: `${'a'.repeat(300)}@example.org` })] })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', field: 'mutations.0.fields.contact.email' },
    });
    const admin = t.client(await t.login(world.townA.emails.admin));
    await expect(admin.users.create.mutate({ email: `${'b'.repeat(1000)}@example.org`, name: 'Long', role: 'editor', password: 'long enough password' })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', field: 'email' },
    });
  });

  it('refuse a lone surrogate instead of storing text that is not valid Unicode', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const broken = createMutation({}, { title: 'Huur \uD800 betalen' });
    await expect(editor.sync.push.mutate({ mutations: [broken] })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', field: 'mutations.0.source.title' },
    });
    expect(await editor.content.list.query()).toHaveLength(0);
    // Emoji and every script are fine.
    await editor.sync.push.mutate({ mutations: [createMutation({}, { title: 'Huur 🏠 الإيجار Czynsz' })] });
  });
});

describe('refused changes', () => {
  it('are forgotten after the retention period; applied ones are kept', async () => {
    const token = await t.login(world.townA.emails.translator);
    const translator = t.client(token);
    // A translator may not create items: refused, and remembered for now.
    const refused = createMutation();
    const [answer] = (await translator.sync.push.mutate({ mutations: [refused] })).results;
    expect(answer).toMatchObject({ status: 'rejected' });
    const editor = t.client(await t.login(world.townA.emails.editor));
    const applied = createMutation();
    await editor.sync.push.mutate({ mutations: [applied] });
    const remembered = async () => (await t.hub.deps.db.selectFrom('applied_mutations').select('mutation_id').orderBy('mutation_id').execute()).map((r) => r.mutation_id);
    expect(await remembered()).toEqual([refused.mutationId, applied.mutationId].sort());

    clock = new Date(clock.getTime() + REFUSED_MUTATION_RETENTION_MS + DAY);
    await t.restart(); // housekeeping runs at start and then every tickMs
    expect(await remembered()).toEqual([applied.mutationId]);
  });
});

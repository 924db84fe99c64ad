import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildWorld, pairKiosk, PASSWORD, startTestHub, type HubClient, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation } from '../helpers/items';
import { userStore } from '../../main/hub/data/user-store';

let t: TestHub;
let world: World;

beforeEach(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
});
afterEach(() => t.stop());

/** Collects the live notices a client receives. */
function listen(api: HubClient) {
  const seqs: number[] = [];
  const sub = api.sync.onChange.subscribe(undefined, { onData: (n) => seqs.push(n.seq), onError: () => {} });
  return { seqs, stop: () => sub.unsubscribe() };
}
const settle = (ms = 600) => new Promise((r) => setTimeout(r, ms));
async function waitFor(check: () => boolean, ms = 5_000) {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await settle(25);
  return check();
}

describe('live notices', () => {
  it('tell a kiosk about a publish at its location within seconds, and not about other towns', async () => {
    const kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    const live = listen(kiosk);
    await settle(300);
    await t.client(await t.login(world.townB.emails.editor)).sync.push.mutate({ mutations: [createMutation()] });
    await settle();
    expect(live.seqs).toEqual([]);

    const started = Date.now();
    const pushed = await t.client(await t.login(world.townA.emails.editor)).sync.push.mutate({ mutations: [createMutation()] });
    expect(await waitFor(() => live.seqs.length > 0)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(live.seqs.at(-1)).toBe(pushed.cursor);
    const page = await kiosk.sync.pull.query({ since: 0 });
    expect(page.items).toHaveLength(1);
    live.stop();
  });

  it('tell an admin console only about its own tenant', async () => {
    const console = t.client(await t.login(world.employerA.emails.editor));
    const live = listen(console);
    await settle(300);
    await t.client(await t.login(world.townA.emails.editor)).sync.push.mutate({ mutations: [createMutation()] });
    await settle();
    expect(live.seqs).toEqual([]);
    await console.sync.push.mutate({ mutations: [createMutation()] });
    expect(await waitFor(() => live.seqs.length === 1)).toBe(true);
    live.stop();
  });

  it('do not tell the national layer, or kiosks elsewhere, that a town hid one of its items', async () => {
    const item = createMutation({ category: 'rules' });
    await t.client(await t.login(world.national.emails.editor)).sync.push.mutate({ mutations: [item] });
    const national = listen(t.client(await t.login(world.national.emails.viewer)));
    const kioskB = listen(t.client(await pairKiosk(t, world.kioskB.pairing.code)));
    const kioskA = listen(t.client(await pairKiosk(t, world.kioskA.pairing.code)));
    await settle(300);
    const admin = t.client(await t.login(world.townA.emails.admin));
    await admin.locations.setHidden.mutate({ locationId: world.locA.id, itemId: item.itemId, hidden: true });
    expect(await waitFor(() => kioskA.seqs.length > 0)).toBe(true);
    await settle(300);
    expect(national.seqs).toEqual([]);
    expect(kioskB.seqs).toEqual([]);
    for (const l of [national, kioskA, kioskB]) l.stop();
  });

  it('refuse a caller without a token', async () => {
    const errors: unknown[] = [];
    const sub = t.client().sync.onChange.subscribe(undefined, { onError: (e) => errors.push(e) });
    expect(await waitFor(() => errors.length > 0)).toBe(true);
    sub.unsubscribe();
  });
});

describe('HTTP edges', () => {
  it('answers /healthz with the current sequence', async () => {
    const res = await fetch(`${t.hub.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', seq: expect.any(Number) });
    expect((await fetch(`${t.hub.url}/nothing-here`)).status).toBe(404);
  });

  it('finishes a request in flight when it shuts down, then refuses new ones', async () => {
    // An expensive hash makes the sign-in slow enough to still be running when close() starts.
    const deps = t.hub.deps;
    deps.settings.hashCost = { N: 2 ** 16, r: 8, p: 1 };
    const admin = { id: null, name: 'test', tenantId: world.townA.tenant.id };
    await userStore(deps, world.townA.tenant, admin).create({ email: 'slow@town-a.example', name: 'Slow', role: 'editor', password: PASSWORD });
    const login = t.client().auth.login.mutate({ email: 'slow@town-a.example', password: PASSWORD });
    await vi.waitFor(() => expect(t.hub.requestsInFlight()).toBe(1), { interval: 2 });
    const closed = t.hub.close();
    await expect(login).resolves.toMatchObject({ token: expect.stringMatching(/^wws_/) });
    await closed;
    await expect(fetch(`${t.hub.url}/healthz`)).rejects.toThrow();
    await t.restart();
  });

  it('serves an uploaded image to its own tenant, and to others only once a published item uses it', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex').toString('base64');
    const editor = t.client(await t.login(world.townA.emails.editor));
    const { mediaId } = await editor.content.uploadImage.mutate({ contentType: 'image/png', dataBase64: png });
    const get = (token?: string) => fetch(`${t.hub.url}/media/${mediaId}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await get(await t.login(world.townA.emails.viewer))).status).toBe(200);
    expect((await get(await t.login(world.townB.emails.admin))).status).toBe(404);
    expect((await get()).status).toBe(404);

    await editor.sync.push.mutate({ mutations: [createMutation({ images: [{ mediaId }], published: true })] });
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');

    const html = Buffer.from('<svg onload=alert(1)>').toString('base64');
    await expect(editor.content.uploadImage.mutate({ contentType: 'image/png', dataBase64: html })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', field: 'dataBase64' },
    });
  });
});

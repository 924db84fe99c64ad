import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchPublishedPage, HubHttpError } from '../../main/core/kiosk/published-pull';
import { buildWorld, pairKiosk, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation, updateMutation } from '../helpers/items';

let t: TestHub;
let world: World;
beforeEach(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
});
afterEach(() => t.stop());

describe('GET /sync/published (a kiosk’s bulk pull)', () => {
  it('gives the same page as sync.pull, scoped by the device token alone', async () => {
    const town = t.client(await t.login(world.townA.emails.editor));
    const published = createMutation();
    const draft = createMutation({ published: false });
    await town.sync.push.mutate({ mutations: [published, draft] });
    await town.sync.push.mutate({ mutations: [updateMutation(published.itemId, 1, { translations: { pl: { title: 'Czynsz', status: 'draft' } } })] });
    await t.client(await t.login(world.townB.emails.editor)).sync.push.mutate({ mutations: [createMutation()] });

    const token = await pairKiosk(t, world.kioskA.pairing.code);
    const viaTrpc = await t.client(token).sync.pull.query({ since: 0, limit: 50 });
    const viaRoute = await fetchPublishedPage(t.hub.url, token, { since: 0, limit: 50 });
    // The same page but for the moment it was answered at.
    const { kind: _kind, hubTime: _trpcTime, ...expected } = viaTrpc;
    const { hubTime, ...page } = viaRoute;
    expect(page).toEqual(expected);
    expect(Math.abs(Date.parse(hubTime) - Date.now())).toBeLessThan(5_000);
    expect(viaRoute.items.map((i) => i.id)).toEqual([published.itemId]);
    expect(viaRoute.items[0]!.translations.pl).toBeUndefined(); // a draft translation never leaves the hub
    expect(viaRoute.tombstones).toEqual([{ id: draft.itemId, reason: 'unpublished' }]);

    const otherKiosk = await pairKiosk(t, world.kioskB.pairing.code);
    const b = await fetchPublishedPage(t.hub.url, otherKiosk, { since: 0, limit: 50 });
    expect(JSON.stringify(b)).not.toContain(published.itemId);
  });

  it('refuses anyone but a paired kiosk, and names a bad field', async () => {
    const url = `${t.hub.url}/sync/published?since=0`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer wwd_forged' } })).status).toBe(401);
    const admin = await t.login(world.townA.emails.admin);
    expect((await fetch(url, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(403);

    const token = await pairKiosk(t, world.kioskA.pairing.code);
    const bad = await fetch(`${t.hub.url}/sync/published?since=-4`, { headers: { authorization: `Bearer ${token}` } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'since' });

    await t.client(admin).kiosks.revoke.mutate({ kioskId: world.kioskA.kiosk.id });
    await expect(fetchPublishedPage(t.hub.url, token, { since: 0, limit: 10 })).rejects.toMatchObject({ status: 401 });
    await expect(fetchPublishedPage(t.hub.url, token, { since: 0, limit: 10 })).rejects.toBeInstanceOf(HubHttpError);
  });

  it('fills in the published form of items written before it was stored, when the hub opens', async () => {
    const item = createMutation();
    await t.client(await t.login(world.townA.emails.editor)).sync.push.mutate({ mutations: [item] });
    await t.hub.deps.db.updateTable('items').set({ published_json: null }).execute();
    await t.restart();
    const token = await pairKiosk(t, world.kioskA.pairing.code);
    const page = await fetchPublishedPage(t.hub.url, token, { since: 0, limit: 10 });
    expect(page.items.map((i) => i.id)).toEqual([item.itemId]);
    expect(page.items[0]!.translations.nl?.title).toBe('Huur betalen');
  });
});

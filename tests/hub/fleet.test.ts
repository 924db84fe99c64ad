/**
 * The fleet view's health fields: what a kiosk reports in its heartbeat (orientation, languages)
 * and how far its content is behind, counted only in changes its own location shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, pairKiosk, startTestHub, type HubClient, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation } from '../helpers/items';

let t: TestHub;
let world: World;
let kiosk: HubClient;
let admin: HubClient;

beforeAll(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
  kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
  admin = t.client(await t.login(world.townA.emails.admin));
});

afterAll(() => t?.stop());

const own = async () => (await admin.kiosks.list.query()).find((k) => k.id === world.kioskA.kiosk.id)!;

describe('the fleet view', () => {
  it('shows what the kiosk reported, and how many of its location’s changes it has not got yet', async () => {
    const { latestSeq } = await kiosk.device.heartbeat.mutate({ appVersion: '2.0.0', contentSeq: 0, uptimeSeconds: 5, lastError: null, languages: ['nl', 'pl', 'ar'], orientation: 'portrait' });
    expect(await own()).toMatchObject({ orientation: 'portrait', languages: ['nl', 'pl', 'ar'], changesBehind: 0, appVersion: '2.0.0' });

    const townA = t.client(await t.login(world.townA.emails.editor));
    const townB = t.client(await t.login(world.townB.emails.editor));
    const employerB = t.client(await t.login(world.employerB.emails.editor));
    await townA.sync.push.mutate({ mutations: [createMutation(), createMutation()] });
    // Another town's and an unlinked employer's changes do not reach location A.
    await townB.sync.push.mutate({ mutations: [createMutation()] });
    await employerB.sync.push.mutate({ mutations: [createMutation()] });
    expect((await own()).changesBehind).toBe(2);

    const now = await kiosk.device.heartbeat.mutate({ appVersion: '2.0.0', contentSeq: latestSeq + 4, uptimeSeconds: 65, lastError: null, languages: ['nl'] });
    expect(now.latestSeq).toBe(latestSeq + 4);
    // An older kiosk that reports no orientation keeps what it said before.
    expect(await own()).toMatchObject({ changesBehind: 0, orientation: 'portrait', uptimeSeconds: 65 });
  });
});

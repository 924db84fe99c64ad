import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdminCore } from '../../main/core/admin/admin-core';
import { adminRouter } from '../../main/core/admin/admin-router';
import { KioskCore } from '../../main/core/kiosk/kiosk-core';
import { kioskRouter } from '../../main/core/kiosk/kiosk-router';
import { buildWorld, PASSWORD, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';
import { tempCores } from '../helpers/temp-cores';
import { createMutation } from '../helpers/items';

const TWO_HOURS = 2 * 60 * 60_000;
let t: TestHub;
let world: World;
const cores = tempCores('clock');

beforeEach(async () => {
  // This machine's clock runs two hours ahead; the hub's clock (its own `now`) is right.
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + TWO_HOURS, shouldAdvanceTime: true });
  t = await startTestHub({ now: () => new Date(Date.now() - TWO_HOURS) });
  world = await buildWorld(t);
});
afterEach(async () => {
  await cores.cleanUp();
  await t.stop();
  vi.useRealTimers();
});

describe('a client whose clock is two hours ahead of the hub', () => {
  it('judges validity by the hub’s clock: the kiosk shows, and the console labels, what the hub says is live', async () => {
    const hubNow = t.hub.deps.now().getTime();
    const hour = (n: number) => new Date(hubNow + n * 60 * 60_000).toISOString();
    const live = createMutation({ validUntil: hour(1) }, { title: 'Nog een uur geldig' });
    const scheduled = createMutation({ validFrom: hour(1) }, { title: 'Over een uur' });
    const editor = t.client(await t.login(world.townA.emails.editor));
    await editor.sync.push.mutate({ mutations: [live, scheduled] });

    const kiosk = new KioskCore({ dataDir: cores.tempDir(), appVersion: 'test', pollMs: 3_600_000, heartbeatMs: 3_600_000 });
    cores.track(kiosk);
    await kiosk.pair(t.hub.url, world.kioskA.pairing.code);
    const screen = kioskRouter(kiosk).createCaller({});
    const category = await screen.category({ language: 'nl', category: 'housing' });
    expect(category.map((e) => e.id)).toEqual([live.itemId]);
    expect((await screen.article({ language: 'nl', itemId: live.itemId })).title).toBe('Nog een uur geldig');

    const console = new AdminCore({ dataDir: cores.tempDir(), pollMs: 3_600_000 });
    cores.track(console);
    await console.signIn(t.hub.url, world.townA.emails.editor, PASSWORD);
    await console.syncNow();
    const rows = await adminRouter(console).createCaller({}).content.list();
    const state = Object.fromEntries(rows.map((r) => [r.id, r.state]));
    expect(state).toEqual({ [live.itemId]: 'published', [scheduled.itemId]: 'scheduled' });
    // The console's screens get the offset too, for times the hub wrote (a kiosk's last contact, a code's expiry).
    expect(Math.abs(console.status().clockOffsetMs + TWO_HOURS)).toBeLessThan(5_000);
  });

  it('is reported to the console: the kiosk sends its clock with its heartbeat', async () => {
    const kiosk = new KioskCore({ dataDir: cores.tempDir(), appVersion: 'test', pollMs: 3_600_000, heartbeatMs: 3_600_000 });
    cores.track(kiosk);
    await kiosk.pair(t.hub.url, world.kioskA.pairing.code);
    await kiosk.heartbeat();
    const admin = t.client(await t.login(world.townA.emails.admin));
    const [listed] = (await admin.kiosks.list.query()).filter((k) => k.id === world.kioskA.kiosk.id);
    expect(Math.abs(listed!.clockOffsetMs! - TWO_HOURS)).toBeLessThan(5_000);
  });
});

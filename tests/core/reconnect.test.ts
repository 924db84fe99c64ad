import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AdminCore } from '../../main/core/admin/admin-core';
import { KioskCore } from '../../main/core/kiosk/kiosk-core';
import { Retry } from '../../main/core/retry';
import { buildWorld, PASSWORD, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';
import { tempCores } from '../helpers/temp-cores';
import { createMutation } from '../helpers/items';

let t: TestHub;
let world: World;
const cores = tempCores('reconnect');

beforeEach(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
});
afterEach(async () => {
  await cores.cleanUp();
  await t.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function secondsUntil(check: () => boolean, ms = 10_000): Promise<number> {
  const started = Date.now();
  while (!check() && Date.now() - started < ms) await sleep(50);
  return check() ? (Date.now() - started) / 1000 : Infinity;
}

describe('after the hub restarts', () => {
  it.each([
    ['their live streams reconnect', false],
    ['a pull failed while it was down', true],
  ])('a kiosk and a console are current within seconds, not at their next poll (%s)', async (_case, failedPull) => {
    // Polling alone would take an hour here: only the live stream and retries can bring them up to date.
    const kiosk = new KioskCore({ dataDir: cores.tempDir(), appVersion: 'test', pollMs: 3_600_000, heartbeatMs: 3_600_000 });
    cores.track(kiosk);
    await kiosk.pair(t.hub.url, world.kioskA.pairing.code);
    const console = new AdminCore({ dataDir: cores.tempDir(), pollMs: 3_600_000 });
    cores.track(console);
    await console.signIn(t.hub.url, world.townA.emails.admin, PASSWORD);
    await console.syncNow();
    await sleep(300); // both live streams are open

    await t.hub.close();
    if (failedPull) {
      await kiosk.syncNow();
      expect(kiosk.state().online).toBe(false);
    }
    await t.restart();
    const item = createMutation({}, { title: 'Direct na de herstart' });
    const editor = t.client(await t.login(world.townA.emails.editor));
    await editor.sync.push.mutate({ mutations: [item] });

    const kioskSeconds = await secondsUntil(() => kiosk.store.items().some((i) => i.id === item.itemId));
    const consoleSeconds = await secondsUntil(() => console.store.serverItem(item.itemId) !== null);
    expect(kioskSeconds).toBeLessThan(8);
    expect(consoleSeconds).toBeLessThan(8);
  });
});

describe('retry after a failed sync', () => {
  it('waits about a second, then doubles up to a cap, each wait jittered', () => {
    const low = new Retry(() => {}, 1_000, 30_000, () => 0);
    const high = new Retry(() => {}, 1_000, 30_000, () => 1);
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => low.delay(n))).toEqual([500, 1_000, 2_000, 4_000, 8_000, 15_000, 15_000]);
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => high.delay(n))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});

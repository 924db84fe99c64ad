/**
 * Screen hours and identify, from the console's call on a real hub to a real kiosk core: the
 * kiosk goes dark by the hub's clock (moved here, as the kiosk learns the hub's time), its own
 * hours override its location's, and "identify" reaches only the chosen kiosk, over its live notices.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskCore } from '../../main/core/kiosk/kiosk-core';
import { buildWorld, startTestHub, type HubClient, type TestHub, type World } from '../helpers/hub-fixture';

let t: TestHub;
let world: World;
let clock: Date;
let admin: HubClient;
const cores: KioskCore[] = [];
const dirs: string[] = [];

function newCore() {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-kiosk-'));
  dirs.push(dir);
  const core = new KioskCore({ dataDir: dir, appVersion: 'test', pollMs: 60_000, heartbeatMs: 60_000 });
  cores.push(core);
  return core;
}

async function eventually(check: () => boolean, ms = 5_000) {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
  return check();
}

beforeEach(async () => {
  // 23:30 in Amsterdam (winter time: UTC+1).
  clock = new Date('2026-11-30T22:30:00Z');
  t = await startTestHub({ now: () => clock });
  world = await buildWorld(t);
  admin = t.client(await t.login(world.townA.emails.admin));
});

afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  await t.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('screen hours', () => {
  it('dim the kiosk in its location’s off hours by the hub’s clock, and its own hours override them', async () => {
    const core = newCore();
    await core.pair(t.hub.url, world.kioskA.pairing.code);
    expect(core.state().screen.off).toBe(false);

    await admin.kiosks.setLocationScreenHours.mutate({ locationId: world.locA.id, hours: { off: '23:00', on: '06:00' } });
    expect(await eventually(() => core.state().screen.off)).toBe(true);

    // Morning: 06:30 in Amsterdam. The kiosk learns the hub's time with its next pull, though the
    // content did not change (the hub answers with a page it prepared at 23:30).
    clock = new Date('2026-12-01T05:30:00Z');
    await core.syncNow();
    expect(core.state().screen.off).toBe(false);

    // This kiosk's own hours (a lunch break) instead of its location's.
    await admin.kiosks.setScreenHours.mutate({ kioskId: world.kioskA.kiosk.id, hours: { off: '12:00', on: '13:00' } });
    clock = new Date('2026-12-01T11:30:00Z');
    await core.heartbeat();
    expect(await eventually(() => core.state().screen.off)).toBe(true);
    clock = new Date('2026-12-01T22:30:00Z');
    await core.heartbeat();
    expect(core.state().screen.off).toBe(false);
  });

  it('are refused with a message naming the field', async () => {
    await expect(admin.kiosks.setLocationScreenHours.mutate({ locationId: world.locA.id, hours: { off: '24:00', on: '06:00' } })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', field: 'hours.off', problems: [expect.objectContaining({ path: 'hours.off' })] },
    });
  });
});

describe('identify', () => {
  it('shows the name on the chosen kiosk only, for a few seconds', async () => {
    const first = newCore();
    await first.pair(t.hub.url, world.kioskA.pairing.code);
    const other = await admin.kiosks.create.mutate({ locationId: world.locA.id, name: 'Kiosk hal 2' });
    const second = newCore();
    await second.pair(t.hub.url, other.pairing.code);
    // Both kiosks listen to their location's live notices.
    await new Promise((r) => setTimeout(r, 300));

    await admin.kiosks.identify.mutate({ kioskId: other.kiosk.id });
    expect(await eventually(() => second.state().screen.identify !== null)).toBe(true);
    expect(second.state().screen.identify).toBe('Kiosk hal 2');
    await first.fetchOrders();
    expect(first.state().screen.identify).toBeNull();

    clock = new Date(clock.getTime() + 11_000);
    await second.heartbeat();
    await second.fetchOrders();
    expect(second.state().screen.identify).toBeNull();
  });
});

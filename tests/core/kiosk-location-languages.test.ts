import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskCore } from '../../main/core/kiosk/kiosk-core';
import { kioskRouter } from '../../main/core/kiosk/kiosk-router';
import { buildWorld, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';

let t: TestHub;
let world: World;
let dir: string;
let core: KioskCore;
beforeEach(async () => {
  t = await startTestHub({ settings: { hashCost: { N: 1024, r: 8, p: 1 } } });
  world = await buildWorld(t);
  dir = mkdtempSync(join(tmpdir(), 'wegwijs-kiosk-'));
  // Polling and heartbeats far beyond the test: only the live notice can bring the change.
  core = new KioskCore({ dataDir: dir, appVersion: 'test', settings: { languages: ['nl', 'en', 'de'] }, pollMs: 600_000, heartbeatMs: 600_000 });
});
afterEach(async () => {
  await core.close();
  await t.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a location’s languages on its kiosk', () => {
  it('arrive live: the language screen offers exactly the chosen list, in order, and the default returns the install script’s list', async () => {
    await core.pair(t.hub.url, world.kioskA.pairing.code);
    const screen = kioskRouter(core).createCaller({});
    expect((await screen.state()).settings.languages).toEqual(['nl', 'en', 'de']);
    // The live channel is open once the kiosk has pulled after connecting.
    await vi.waitFor(() => expect(core.state().online).toBe(true));
    await new Promise((r) => setTimeout(r, 300));

    const admin = t.client(await t.login(world.townA.emails.admin));
    await admin.locations.setLanguages.mutate({ locationId: world.locA.id, languages: ['pl', 'ro', 'nl', 'ar'] });
    await vi.waitFor(async () => expect((await screen.state()).settings.languages).toEqual(['pl', 'ro', 'nl', 'ar']), { timeout: 5_000 });

    await admin.locations.setLanguages.mutate({ locationId: world.locA.id, languages: null });
    await vi.waitFor(async () => expect((await screen.state()).settings.languages).toEqual(['nl', 'en', 'de']), { timeout: 5_000 });
  });

  it('are reported in the heartbeat, so the console sees what the screen offers', async () => {
    await core.pair(t.hub.url, world.kioskA.pairing.code);
    const admin = t.client(await t.login(world.townA.emails.admin));
    await admin.locations.setLanguages.mutate({ locationId: world.locA.id, languages: ['uk', 'nl'] });
    await core.syncNow();
    await core.heartbeat();
    const kiosk = (await admin.kiosks.list.query()).find((k) => k.id === world.kioskA.kiosk.id);
    expect(kiosk?.languages).toEqual(['uk', 'nl']);
  });
});

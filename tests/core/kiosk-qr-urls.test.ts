import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskCore } from '../../main/core/kiosk/kiosk-core';
import { kioskRouter } from '../../main/core/kiosk/kiosk-router';
import { buildWorld, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation } from '../helpers/items';

const PUBLIC = 'https://wegwijs.waalhaven.example';

let t: TestHub;
let world: World;
let dir: string;
let core: KioskCore;
beforeEach(async () => {
  t = await startTestHub({ settings: { hashCost: { N: 1024, r: 8, p: 1 }, publicUrl: PUBLIC } });
  world = await buildWorld(t);
  dir = mkdtempSync(join(tmpdir(), 'wegwijs-kiosk-'));
  core = new KioskCore({ dataDir: dir, appVersion: 'test', pollMs: 60_000, heartbeatMs: 60_000 });
});
afterEach(async () => {
  await core.close();
  await t.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the kiosk’s QR codes', () => {
  it('start with the hub’s public address, not the address the kiosk was paired with', async () => {
    const item = createMutation();
    await t.client(await t.login(world.townA.emails.editor)).sync.push.mutate({ mutations: [item] });
    await core.pair(t.hub.url, world.kioskA.pairing.code);
    const screen = kioskRouter(core).createCaller({});

    const home = await screen.home({ language: 'pl' });
    expect(home.phoneAppUrl).toBe(`${PUBLIC}/app/${world.locA.id}?lang=pl`);
    const article = await screen.article({ language: 'ar', itemId: item.itemId });
    expect(article.phoneUrl).toBe(`${PUBLIC}/app/${world.locA.id}/item/${item.itemId}?lang=ar`);
    for (const url of [home.phoneAppUrl, article.phoneUrl]) {
      expect(url).not.toContain(t.hub.url);
    }
  });

  it('follow the public address when the operator changes it, at the next heartbeat', async () => {
    await core.pair(t.hub.url, world.kioskA.pairing.code);
    t.hub.deps.settings.publicUrl = 'https://info.waalhaven.example';
    await core.heartbeat();
    expect(core.phoneAppUrl('ro')).toBe(`https://info.waalhaven.example/app/${world.locA.id}?lang=ro`);
  });
});

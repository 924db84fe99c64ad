import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHub, type Hub } from '../../main/hub/server';
import { seedDemo, DEMO_PASSWORD, demoEmail } from '../../main/hub/demo/seed';
import { hubClient } from '../../main/core/hub-client';
import { KioskCore } from '../../main/core/kiosk/kiosk-core';
import { kioskRouter } from '../../main/core/kiosk/kiosk-router';
import { kioskMediaRoute } from '../../main/core/kiosk/kiosk-media';
import { startLocalServer } from '../../main/core/local-server';
import type { KioskSettings } from '../../main/core/kiosk/kiosk-settings';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * A real hub with the demo data, and a real kiosk core serving the built kiosk screen over
 * loopback. `pairingCode()` asks the hub for a fresh code as the municipality's admin.
 */
export async function startKioskEnv(settings: Partial<KioskSettings> = {}, hubNow?: () => Date) {
  const hubDir = mkdtempSync(join(tmpdir(), 'wegwijs-e2e-hub-'));
  const kioskDir = mkdtempSync(join(tmpdir(), 'wegwijs-e2e-kiosk-'));
  const fast = { hashCost: { N: 1024, r: 8, p: 1 } };
  let hub: Hub = await startHub({ dataDir: hubDir, settings: fast, now: hubNow });
  await seedDemo(hub.deps);
  const core = new KioskCore({ dataDir: kioskDir, appVersion: 'e2e', settings, pollMs: 3_000, heartbeatMs: 5_000 });
  core.start();
  const server = await startLocalServer({ router: kioskRouter(core), staticDir: join(ROOT, 'out/renderer'), indexPage: 'kiosk/index.html', extra: kioskMediaRoute(core) });

  async function admin() {
    const { token } = await hubClient(hub.url).auth.login.mutate({ email: demoEmail('municipality', 'admin'), password: DEMO_PASSWORD });
    return hubClient(hub.url, token);
  }
  async function editor() {
    const { token } = await hubClient(hub.url).auth.login.mutate({ email: demoEmail('municipality', 'editor'), password: DEMO_PASSWORD });
    return hubClient(hub.url, token);
  }

  return {
    url: server.url,
    core,
    get hub() {
      return hub;
    },
    admin,
    editor,
    /** A fresh one-time code for a new kiosk at the named location (default: the housing site De Lage Weide). */
    async pairingCode(locationName = 'Huisvesting De Lage Weide') {
      const api = await admin();
      const location = (await api.locations.list.query()).find((l) => l.name === locationName);
      if (!location) throw new Error(`No location ${locationName}`);
      const created = await api.kiosks.create.mutate({ locationId: location.id, name: `e2e ${Date.now()}` });
      return { code: created.pairing.code, kioskId: created.kiosk.id, locationId: location.id };
    },
    async stopHub() {
      await hub.close();
    },
    async startHub() {
      hub = await startHub({ dataDir: hubDir, settings: fast, port: hub.port, now: hubNow });
    },
    async close() {
      await server.close();
      await core.close();
      await hub.close();
      rmSync(hubDir, { recursive: true, force: true });
      rmSync(kioskDir, { recursive: true, force: true });
    },
  };
}
export type KioskEnv = Awaited<ReturnType<typeof startKioskEnv>>;

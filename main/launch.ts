import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { electronBinary } from './electron-binary';
import { startHub } from './hub/server';
import { parsePublicUrl } from './hub/config';
import { seedDemo, DEMO_PASSWORD, demoEmail } from './hub/demo/seed';
import { AdminCore } from './core/admin/admin-core';
import { adminRouter } from './core/admin/admin-router';
import { startLocalServer } from './core/local-server';
import { KioskCore } from './core/kiosk/kiosk-core';
import { kioskRouter } from './core/kiosk/kiosk-router';
import { kioskMediaRoute } from './core/kiosk/kiosk-media';
import { readProvisioning } from './core/kiosk/read-provisioning';

/**
 * `npm start` and `npm run preview`: an embedded hub with demo data, then the admin console in
 * Electron when its binary is installed, else the same console on the same desktop core in
 * the browser.
 */
const args = new Set(process.argv.slice(2));
const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(process.env.WEGWIJS_DATA_DIR ?? join(root, '.data'));


async function main() {
  let hubUrl = process.env.WEGWIJS_HUB_URL;
  if (!hubUrl) {
    // Try the phone app on a real phone: WEGWIJS_PUBLIC_URL=http://<this machine's LAN address>:4310 WEGWIJS_HUB_HOST=0.0.0.0
    const publicUrl = process.env.WEGWIJS_PUBLIC_URL ? parsePublicUrl(process.env.WEGWIJS_PUBLIC_URL, 'WEGWIJS_PUBLIC_URL') : null;
    const hub = await startHub({ dataDir: join(dataDir, 'hub'), port: Number(process.env.WEGWIJS_HUB_PORT ?? 4310), host: process.env.WEGWIJS_HUB_HOST, settings: { publicUrl } });
    const seeded = await seedDemo(hub.deps);
    if (seeded) console.log(`Demo data loaded: ${seeded.items} items, ${seeded.accounts} accounts (password "${DEMO_PASSWORD}")`);
    hubUrl = hub.url;
    console.log(`Hub: ${hub.url} — phone app: ${hub.deps.settings.publicUrl}/app/<location>`);
  }

  const electron = args.has('--browser') ? null : electronBinary();
  if (electron) {
    const child = spawn(electron, [join(root, 'out/main/index.js'), ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, WEGWIJS_HUB_URL: hubUrl, WEGWIJS_DATA_DIR: dataDir },
    });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }

  if (!args.has('--browser')) console.log('Electron is not installed here (it downloads its binary on first run); serving the app in the browser instead.');
  if (args.has('--kiosk')) return startKioskPreview(hubUrl);
  const core = new AdminCore({ dataDir: join(dataDir, 'console') });
  core.start();
  const server = await startLocalServer({
    router: adminRouter(core),
    staticDir: join(root, 'out/renderer'),
    indexPage: 'renderer/index.html',
    port: Number(process.env.WEGWIJS_PREVIEW_PORT ?? 5173),
  });
  console.log(`Admin console: ${server.url}  (hub ${hubUrl}; sign in as e.g. ${demoEmail('municipality', 'editor')} / ${DEMO_PASSWORD})`);
  const stop = async () => {
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/** The kiosk screen in the browser, on a real kiosk core; pair it with a code from the console. */
async function startKioskPreview(hubUrl: string) {
  const provisioning = readProvisioning(process.argv.slice(2), join(dataDir, 'kiosk.json'));
  const core = new KioskCore({ dataDir: join(dataDir, 'kiosk'), appVersion: packageVersion(), settings: provisioning.settings });
  core.start();
  if (!core.state().paired && provisioning.pairingCode) {
    await core.pair(provisioning.hubUrl ?? hubUrl, provisioning.pairingCode);
  }
  const server = await startLocalServer({
    router: kioskRouter(core),
    staticDir: join(root, 'out/renderer'),
    indexPage: 'kiosk/index.html',
    port: Number(process.env.WEGWIJS_KIOSK_PORT ?? 5174),
    extra: kioskMediaRoute(core),
  });
  console.log(`Kiosk: ${server.url}  (hub ${hubUrl}; create a pairing code under Kiosks in the console)`);
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

void main();

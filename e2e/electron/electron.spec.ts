import { test, expect, _electron as electron } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { electronBinary } from '../../main/electron-binary';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHub } from '../../main/hub/server';
import { DEMO_PASSWORD, demoEmail, seedDemo } from '../../main/hub/demo/seed';
import { hubClient } from '../../main/core/hub-client';

/**
 * Runs the real Electron shell where its binary is installed. Electron 45 downloads that
 * binary on first run; where it could not (no network, as on our CI machines) these tests
 * skip and say so.
 */

const binary = electronBinary();
if (!binary) console.log('Electron tests skipped: no Electron binary here (it downloads on first run, which needs network access).');
const root = resolve(import.meta.dirname, '../..');

test.describe('Electron shell', () => {
  test.skip(!binary, 'Skipped: the Electron binary is not installed on this machine (electron downloads it on first run, which needs network access).');

  test('the kiosk window is fullscreen, locked to the app and denies new windows', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [join(root, 'out/main/index.js'), '--kiosk'],
      env: { ...process.env, WEGWIJS_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveURL(/^wegwijs:\/\/app\/kiosk\/index\.html/);
      const state = await app.evaluate(({ BrowserWindow }) => {
        const win = BrowserWindow.getAllWindows()[0]!;
        return { kiosk: win.isKiosk(), fullscreen: win.isFullScreen(), devtools: win.webContents.isDevToolsOpened() };
      });
      expect(state).toMatchObject({ kiosk: true, devtools: false });
      await page.evaluate(() => window.open('https://example.org'));
      await page.evaluate(() => (window.location.href = 'https://example.org'));
      await page.waitForTimeout(500);
      expect(app.windows()).toHaveLength(1);
      await expect(page).toHaveURL(/^wegwijs:\/\/app\//);
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('the admin console opens its sign-in screen over the app protocol', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-electron-'));
    const app = await electron.launch({ executablePath: binary!, args: [join(root, 'out/main/index.js')], env: { ...process.env, WEGWIJS_DATA_DIR: dataDir } });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveURL(/^wegwijs:\/\/app\/renderer\/index\.html/);
      await expect(page.locator('body')).toContainText(/Wegwijs/);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a screenshot asked from the console is the kiosk window captured by capturePage, as JPEG', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-electron-'));
    const hubDir = mkdtempSync(join(tmpdir(), 'wegwijs-electron-hub-'));
    const hub = await startHub({ dataDir: hubDir, settings: { hashCost: { N: 1024, r: 8, p: 1 } } });
    await seedDemo(hub.deps);
    const { token } = await hubClient(hub.url).auth.login.mutate({ email: demoEmail('municipality', 'admin'), password: DEMO_PASSWORD });
    const admin = hubClient(hub.url, token);
    const location = (await admin.locations.list.query()).find((l) => l.name === 'Huisvesting De Lage Weide')!;
    const created = await admin.kiosks.create.mutate({ locationId: location.id, name: 'Electron kiosk' });
    const app = await electron.launch({
      executablePath: binary!,
      args: [join(root, 'out/main/index.js'), '--kiosk', '--hub', hub.url, '--pair', created.pairing.code],
      env: { ...process.env, WEGWIJS_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.locator('[data-screen="language"]')).toBeVisible({ timeout: 20_000 });
      await admin.kiosks.requestScreenshot.mutate({ kioskId: created.kiosk.id });
      await expect.poll(async () => (await admin.kiosks.screenshot.query({ kioskId: created.kiosk.id })).status, { timeout: 15_000 }).toBe('taken');
      const shot = await admin.kiosks.screenshot.query({ kioskId: created.kiosk.id });
      expect(shot.contentType).toBe('image/jpeg');
      const bytes = Buffer.from(shot.dataBase64!, 'base64');
      expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
      const size = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getContentSize());
      const shown = await app.evaluate(({ nativeImage }, data) => {
        const { width, height } = nativeImage.createFromBuffer(Buffer.from(data, 'base64')).getSize();
        return [width, height];
      }, shot.dataBase64!);
      // capturePage gives device pixels: the window's size times its scale factor.
      const scale = await page.evaluate(() => window.devicePixelRatio);
      expect(shown).toEqual(size.map((n) => Math.round(n * scale)));
    } finally {
      await app.close();
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(hubDir, { recursive: true, force: true });
    }
  });
});

import { test, expect, _electron as electron } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { electronBinary } from '../../main/electron-binary';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
});

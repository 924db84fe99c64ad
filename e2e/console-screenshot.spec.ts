import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { startConsoleEnv, type ConsoleEnv } from './helpers/console-env';
import { openConsoleAs, screenshot, switchUiLanguage } from './console-admin-helpers';
import { PORTRAIT, screen } from './kiosk-helpers';
import { hubClient, type HubClient } from '../main/core/hub-client';
import { KioskCore, type KioskCoreOptions } from '../main/core/kiosk/kiosk-core';
import { kioskRouter } from '../main/core/kiosk/kiosk-router';
import { kioskMediaRoute } from '../main/core/kiosk/kiosk-media';
import { startLocalServer } from '../main/core/local-server';
import { DEMO_PASSWORD, demoEmail } from '../main/hub/demo/seed';

/**
 * The remote screenshot end to end: a real hub with the demo data, a real kiosk core serving the
 * kiosk screen in Chromium, whose capture function is Chromium's own screenshot of that screen
 * (as Electron's capturePage is in the kiosk app); the console asks from the Kiosks page and shows
 * exactly the picture the kiosk sent. A kiosk without a capture function (the browser preview)
 * says it cannot.
 */
test.describe.configure({ mode: 'serial' });

const ROOT = resolve(import.meta.dirname, '..');
let env: ConsoleEnv;
let admin: HubClient;
const cleanup: (() => Promise<void>)[] = [];

async function pairedKiosk(name: string, capture?: KioskCoreOptions['capture']) {
  const location = (await admin.locations.list.query()).find((l) => l.name === 'Huisvesting De Lage Weide')!;
  const created = await admin.kiosks.create.mutate({ locationId: location.id, name });
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-e2e-kiosk-'));
  const core = new KioskCore({ dataDir: dir, appVersion: '3.2.0', settings: { orientation: 'portrait' }, capture });
  await core.pair(env.hub.url, created.pairing.code);
  await core.heartbeat();
  cleanup.push(async () => {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { core, kioskId: created.kiosk.id };
}

test.beforeAll(async () => {
  env = await startConsoleEnv();
  const { token } = await hubClient(env.hub.url).auth.login.mutate({ email: demoEmail('municipality', 'admin'), password: DEMO_PASSWORD });
  admin = hubClient(env.hub.url, token);
});

test.afterAll(async () => {
  for (const done of cleanup.reverse()) await done();
  await env?.close();
});

test('the console shows the picture the kiosk took of its own screen, with the time it was taken', async ({ page, browser }) => {
  let kioskPage: Page | null = null;
  let sent: Buffer | null = null;
  const { core, kioskId } = await pairedKiosk('Kiosk hal', async () => {
    sent = await kioskPage!.screenshot({ animations: 'disabled' });
    return { contentType: 'image/png', bytes: sent };
  });
  const server = await startLocalServer({ router: kioskRouter(core), staticDir: join(ROOT, 'out/renderer'), indexPage: 'kiosk/index.html', extra: kioskMediaRoute(core) });
  cleanup.push(() => server.close());
  kioskPage = await browser.newPage({ viewport: PORTRAIT });
  await kioskPage.goto(server.url);
  await expect(screen(kioskPage, 'language')).toBeVisible();

  await openConsoleAs(env, page, demoEmail('municipality', 'admin'), 'kiosks');
  const row = page.locator(`tr[data-kiosk-id="${kioskId}"]`);
  await row.getByRole('button', { name: 'Schermafbeelding' }).click();
  const dialog = page.getByRole('dialog');
  const image = dialog.getByTestId('kiosk-screenshot');
  await expect(image).toBeVisible({ timeout: 10_000 });
  await expect(dialog.getByTestId('kiosk-screenshot-taken')).toContainText('Gemaakt');

  // The bytes shown are the bytes the kiosk sent: a 1080×1920 PNG of its language screen.
  const src = (await image.getAttribute('src'))!;
  expect(src.startsWith('data:image/png;base64,')).toBe(true);
  const shown = Buffer.from(src.slice('data:image/png;base64,'.length), 'base64');
  expect(sent).not.toBeNull();
  expect(shown.equals(sent!)).toBe(true);
  expect(PNG.sync.read(shown)).toMatchObject({ width: PORTRAIT.width, height: PORTRAIT.height });
  expect(await image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([PORTRAIT.width, PORTRAIT.height]);

  for (const language of ['nl', 'en'] as const) {
    if (language === 'en') {
      await dialog.getByRole('button', { name: 'Sluiten' }).click();
      await switchUiLanguage(page, 'en');
      await row.getByRole('button', { name: 'Screenshot' }).click();
      await expect(image).toBeVisible({ timeout: 10_000 });
      await expect(dialog.getByTestId('kiosk-screenshot-taken')).toContainText('Taken');
    }
    for (const size of [{ width: 1440, height: 900 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(size);
      await screenshot(page, `fleet-screenshot-${language}-${size.width}`);
    }
  }
  await kioskPage.close();
});

test('a kiosk in the browser preview (no capture function) says screenshots need the kiosk app', async ({ page }) => {
  const { kioskId } = await pairedKiosk('Kiosk voorbeeld');
  await openConsoleAs(env, page, demoEmail('municipality', 'admin'), 'kiosks');
  await page.locator(`tr[data-kiosk-id="${kioskId}"]`).getByRole('button', { name: 'Schermafbeelding' }).click();
  await expect(page.getByRole('dialog')).toContainText('Schermafbeeldingen werken alleen met de kiosk-app; deze kiosk draait in de browservoorbeeldweergave.', { timeout: 10_000 });
  await expect(page.getByTestId('kiosk-screenshot')).toHaveCount(0);
  await screenshot(page, 'fleet-screenshot-preview-nl-1440');
});

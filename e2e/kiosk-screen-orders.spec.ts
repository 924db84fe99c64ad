import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { startKioskEnv, type KioskEnv } from './helpers/kiosk-env';
import { LANDSCAPE, PORTRAIT, screen } from './kiosk-helpers';

/**
 * Screen hours and identify on a real kiosk screen (served by a real kiosk core) against a real
 * hub whose clock the test moves: the screen goes black in the off hours, wakes on a touch with
 * its language screen and goes dark again when left alone; identify shows its name.
 */
test.describe.configure({ mode: 'serial' });

const SHOTS = resolve(import.meta.dirname, '../screenshots/kiosk');
let env: KioskEnv;
let clock = new Date('2026-11-30T22:30:00Z'); // 23:30 in Amsterdam
let kioskId = '';
let locationId = '';

test.beforeAll(async () => {
  env = await startKioskEnv({ idleSeconds: 15 }, () => clock);
  const pairing = await env.pairingCode();
  kioskId = pairing.kioskId;
  locationId = pairing.locationId;
  await env.core.pair(env.hub.url, pairing.code);
});

test.afterAll(async () => {
  await env?.close();
});

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
}

test('in the off hours the screen goes black, wakes on a touch with its language screen, and goes dark again when left alone', async ({ page }) => {
  await page.setViewportSize(PORTRAIT);
  await page.goto(env.url);
  await expect(screen(page, 'language')).toBeVisible();
  const admin = await env.admin();
  await admin.kiosks.setLocationScreenHours.mutate({ locationId, hours: { off: '23:00', on: '06:00' } });
  const dark = page.getByTestId('screen-off');
  await expect(dark).toBeVisible();
  await shoot(page, 'screen-off-portrait');

  await dark.click();
  await expect(dark).toBeHidden();
  await expect(screen(page, 'language')).toBeVisible();
  // Nobody touches it: dark again after the idle time (15 s here).
  await expect(dark).toBeVisible({ timeout: 25_000 });

  // Morning (06:30): the screen stays on.
  clock = new Date('2026-12-01T05:30:00Z');
  await env.core.heartbeat();
  await expect(dark).toBeHidden();
});

test('identify shows the screen’s name large, for a few seconds', async ({ page }) => {
  for (const [name, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]] as const) {
    await page.setViewportSize(viewport);
    await page.goto(env.url);
    await expect(screen(page, 'language')).toBeVisible();
    const admin = await env.admin();
    const kiosk = await admin.kiosks.identify.mutate({ kioskId });
    const banner = page.getByTestId('identify-banner');
    await expect(banner).toHaveText(kiosk.name);
    await shoot(page, `identify-${name}`);
    clock = new Date(clock.getTime() + 11_000);
    await env.core.heartbeat();
    await expect(banner).toBeHidden();
  }
});

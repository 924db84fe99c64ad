import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startConsoleEnv, type ConsoleEnv } from './helpers/console-env';
import { openConsoleAs, screenshot, switchUiLanguage } from './console-admin-helpers';
import { hubClient } from '../main/core/hub-client';
import { KioskCore } from '../main/core/kiosk/kiosk-core';
import { DEMO_PASSWORD, demoEmail } from '../main/hub/demo/seed';

/**
 * The Kiosks page as a fleet view, against a real hub with the demo data and a real kiosk core
 * paired to it: what the kiosk reports, screen hours (checked beside the field, then followed by
 * the kiosk), and identify reaching the kiosk.
 */
test.describe.configure({ mode: 'serial' });

let env: ConsoleEnv;
let core: KioskCore;
let kioskDir: string;
let kioskId = '';

test.beforeAll(async () => {
  env = await startConsoleEnv();
  const { token } = await hubClient(env.hub.url).auth.login.mutate({ email: demoEmail('municipality', 'admin'), password: DEMO_PASSWORD });
  const admin = hubClient(env.hub.url, token);
  const location = (await admin.locations.list.query()).find((l) => l.name === 'Huisvesting De Lage Weide')!;
  const created = await admin.kiosks.create.mutate({ locationId: location.id, name: 'Kiosk hal' });
  kioskId = created.kiosk.id;
  kioskDir = mkdtempSync(join(tmpdir(), 'wegwijs-e2e-kiosk-'));
  core = new KioskCore({ dataDir: kioskDir, appVersion: '3.1.0', settings: { orientation: 'portrait', languages: ['nl', 'pl', 'ro', 'ar'] }, heartbeatMs: 60_000 });
  await core.pair(env.hub.url, created.pairing.code);
  await core.heartbeat();
});

test.afterAll(async () => {
  await core?.close();
  await env?.close();
  if (kioskDir) rmSync(kioskDir, { recursive: true, force: true });
});

test('the fleet view shows what each screen reports; screen hours are checked and reach the kiosk; identify reaches it', async ({ page }) => {
  await openConsoleAs(env, page, demoEmail('municipality', 'admin'), 'kiosks');
  const row = page.locator(`tr[data-kiosk-id="${kioskId}"]`);
  await expect(row.getByTestId('kiosk-version')).toHaveText('3.1.0');
  await expect(row.getByTestId('kiosk-content')).toContainText('Actueel');
  await expect(row.getByTestId('kiosk-screen')).toContainText('Staand');
  await expect(row.getByTestId('kiosk-screen')).toContainText('4 talen');
  await expect(row.getByTestId('kiosk-hours')).toHaveText('Altijd aan');

  await row.getByRole('button', { name: 'Schermtijden' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Schermen op deze locatie uitzetten').check();
  await dialog.getByTestId('location-off').fill('06:00');
  await dialog.getByTestId('location-on').fill('06:00');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toContainText('Weer aan om: moet anders zijn dan de tijd waarop het scherm uitgaat');
  await dialog.getByTestId('location-off').fill('23:00');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByTestId('kiosk-hours')).toHaveText('Uit 23:00–06:00');
  await expect.poll(async () => (await core.fetchOrders(), JSON.parse(core.store.get('screenOrders') ?? 'null')?.hours)).toEqual({ off: '23:00', on: '06:00' });

  await row.getByRole('button', { name: 'Aanwijzen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Kiosk hal toont een paar seconden zijn naam.' })).toBeVisible();
  await expect.poll(() => core.state().screen.identify).toBe('Kiosk hal');

  for (const language of ['nl', 'en'] as const) {
    if (language === 'en') await switchUiLanguage(page, 'en');
    for (const size of [{ width: 1440, height: 900 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(size);
      await screenshot(page, `fleet-${language}-${size.width}`);
    }
  }
  await expect(row.getByTestId('kiosk-content')).toContainText('Current');
  await row.getByRole('button', { name: 'Screen hours' }).click();
  await page.setViewportSize({ width: 1280, height: 720 });
  await screenshot(page, 'fleet-hours-en-1280');
});

import { test, expect, type Page } from '@playwright/test';
import { openPairedKiosk, screen } from './kiosk-helpers';

/**
 * The staff exit in the screen: five quick taps in the top-left corner ask for the PIN. The
 * PIN itself is checked in Electron's main process (main/electron/exit-pin.ts, unit-tested);
 * here the page gets the same bridge shape the preload exposes, recording what it is asked.
 */
let page: Page;
let close: () => Promise<void>;

test.beforeAll(async ({ browser }) => {
  ({ page, close } = await openPairedKiosk(browser, {}, () => {
    (window as unknown as { pinsTried: string[] }).pinsTried = [];
    (window as unknown as { wegwijs: unknown }).wegwijs = {
      exitKiosk: async (pin: string) => {
        (window as unknown as { pinsTried: string[] }).pinsTried.push(pin);
        return false;
      },
    };
  }));
});

test.afterAll(() => close?.());

test('four taps do nothing; five quick taps ask staff for the PIN, which goes to the main process', async () => {
  const corner = page.locator('.hidden-exit');
  for (let i = 0; i < 4; i++) await corner.click();
  await expect(page.getByRole('dialog', { name: 'Beheer / Staff' })).toHaveCount(0);
  await corner.click();
  const dialog = page.getByRole('dialog', { name: 'Beheer / Staff' });
  await expect(dialog).toBeVisible();
  await dialog.locator('input').fill('0000');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pinsTried: string[] }).pinsTried)).toEqual(['0000']);
  await expect(screen(page, 'language')).toBeVisible();
});

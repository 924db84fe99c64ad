import { test, expect, type Page } from '@playwright/test';
import { workerText } from '../shared/strings/all';
import type { KioskEnv } from './helpers/kiosk-env';
import { chooseLanguage, openCategory, openPairedKiosk, screen, shoot, typeOnScreen } from './kiosk-helpers';

/**
 * Inactivity on a kiosk set to the shortest allowed idle time (15 s): first "are you still
 * there?" with a countdown, which a touch dismisses; then, untouched, back to the language
 * screen with everything forgotten. Waits on what the screen shows, not on fixed sleeps.
 */
test.describe.configure({ mode: 'serial' });

const IDLE_SECONDS = 15;
let env: KioskEnv;
let page: Page;
let close: () => Promise<void>;

test.beforeAll(async ({ browser }) => {
  ({ env, page, close } = await openPairedKiosk(browser, { idleSeconds: IDLE_SECONDS }));
});

test.afterAll(() => close?.());

test('a touch during the warning keeps the worker where they were', async () => {
  test.setTimeout(60_000);
  await chooseLanguage(page, 'pl');
  await openCategory(page, 'pl', 'housing');
  const warning = page.getByTestId('idle-warning');
  await expect(warning).toBeVisible({ timeout: IDLE_SECONDS * 1000 });
  await expect(warning.getByRole('alertdialog')).toContainText(workerText('pl', 'idleTitle'));
  await shoot(page, 'pl-portrait-5-idle-warning');
  await warning.getByRole('button', { name: workerText('pl', 'idleContinue') }).click();
  await expect(warning).toBeHidden();
  await expect(screen(page, 'category')).toBeVisible();
});

test('after the idle time the kiosk returns to the language screen and forgets everything', async () => {
  test.setTimeout(60_000);
  await page.getByRole('button', { name: workerText('pl', 'search'), exact: true }).click();
  await typeOnScreen(page, 'praca');
  await expect(page.getByRole('searchbox')).toHaveValue('praca');

  // No touch from here on: the warning comes, then the language screen.
  await expect(page.getByTestId('idle-warning')).toBeVisible({ timeout: IDLE_SECONDS * 1000 });
  await expect(screen(page, 'language')).toBeVisible({ timeout: IDLE_SECONDS * 1000 });
  await expect(page.locator('html')).toHaveAttribute('lang', env.core.settings.languages[0]!);

  // The next worker starts fresh: home, not the search, and an empty search field.
  await chooseLanguage(page, 'pl');
  await expect(page.getByRole('button', { name: workerText('pl', 'back') })).toHaveCount(0);
  await page.getByRole('button', { name: workerText('pl', 'searchPrompt') }).click();
  await expect(page.getByRole('searchbox')).toHaveValue('');
});

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { ConsoleEnv } from './helpers/console-env';
import { DEMO_PASSWORD } from '../main/hub/demo/seed';

export const SCREENSHOTS = resolve(import.meta.dirname, '../screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/**
 * A fresh console (its own desktop core) signed in as `email`, showing `route` in the given
 * console language. Signing in goes through the core, as the sign-in screen does; that screen
 * has its own tests.
 */
export async function openConsoleAs(env: ConsoleEnv, page: Page, email: string, route: string, uiLanguage: 'nl' | 'en' = 'nl') {
  const run = await env.openConsole();
  await run.core.signIn(env.hub.url, email, DEMO_PASSWORD);
  await page.addInitScript((l) => localStorage.setItem('wegwijs.ui-language', l), uiLanguage);
  await page.goto(`${run.url}/#/${route}`);
  await settled(page);
  return run;
}

/** The console's language switch in the top bar. */
export async function switchUiLanguage(page: Page, language: 'nl' | 'en') {
  await page.getByRole('button', { name: language.toUpperCase(), exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Waits until the first sync is over, so the status chip in a screenshot says "synced". */
export async function settled(page: Page) {
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced', { timeout: 15_000 });
}

/** A 1440×900 screenshot from the top of the page, or with `show` scrolled to the top of the window. */
export async function screenshot(page: Page, name: string, show?: Locator) {
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  // Just below the console's fixed top bar.
  if (show) await show.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 80));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
}

/** Reads a QR code out of a screenshot of one element. */
export async function decodeQr(element: Locator): Promise<string | null> {
  const png = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

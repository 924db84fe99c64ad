import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail } from '../main/hub/demo/seed';
import { languageInfo, type LanguageCode } from '../shared/languages';
import { startConsole } from './helpers/console-env';
import { SCREENSHOTS, settled } from './console-admin-helpers';
import { LANDSCAPE, openPairedKiosk, PORTRAIT, screen, shoot } from './kiosk-helpers';

/** The names on the kiosk's language screen, top to bottom. */
const offered = (page: Page) => screen(page, 'language').locator('.language-choice').allInnerTexts();
const names = (codes: LanguageCode[]) => codes.map((code) => languageInfo(code).nativeName);

/**
 * A municipality admin orders a location's languages in the console (by keyboard-operable
 * buttons), and the paired kiosk's language screen follows without a reload.
 */
test('the console orders a location’s languages and the kiosk’s language screen follows live', async ({ browser }) => {
  const kiosk = await openPairedKiosk(browser);
  const console = await startConsole();
  try {
    const locationId = kiosk.env.core.location()!.id;
    const admin = await kiosk.env.admin();
    await admin.locations.setLanguages.mutate({ locationId, languages: ['nl', 'en', 'ro', 'pl', 'ar'] });
    await expect.poll(() => offered(kiosk.page)).toEqual(names(['nl', 'en', 'ro', 'pl', 'ar']));

    await console.core.signIn(kiosk.env.hub.url, demoEmail('municipality', 'admin'), DEMO_PASSWORD);
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.addInitScript(() => localStorage.setItem('wegwijs.ui-language', 'nl'));
    await page.goto(`${console.url}/#/locations/${locationId}`);
    await settled(page);
    const editor = page.getByTestId('location-languages');
    await expect(editor.getByTestId('location-language')).toHaveCount(5);

    // Polish to the top by keyboard, English away, Ukrainian added at the end.
    const up = editor.getByRole('button', { name: 'Pools omhoog' });
    await up.focus();
    await page.keyboard.press('Enter');
    await up.focus();
    await page.keyboard.press('Enter');
    await up.focus();
    await page.keyboard.press('Enter');
    await editor.getByRole('button', { name: 'Engels weghalen' }).click();
    await editor.getByLabel('Taal toevoegen').click();
    await page.getByRole('option', { name: 'Oekraïens' }).click();
    await editor.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(editor.getByTestId('location-language')).toHaveText([/Pools/, /Nederlands/, /Roemeens/, /Arabisch/, /Oekraïens/]);
    await editor.getByRole('button', { name: 'Talen opslaan' }).click();
    await expect(editor.getByRole('button', { name: 'Talen opslaan' })).toBeDisabled();

    // The kiosk page was never reloaded: the live notice brought the new list.
    const before = await kiosk.page.evaluate(() => performance.timeOrigin);
    await expect.poll(() => offered(kiosk.page), { timeout: 10_000 }).toEqual(names(['pl', 'nl', 'ro', 'ar', 'uk']));
    expect(await kiosk.page.evaluate(() => performance.timeOrigin)).toBe(before);
    await expect(kiosk.page.locator('.language-questions span').first()).toHaveText(languageInfo('pl').chooseLanguage);

    // Screenshots of the page and the screens with a custom list.
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const ui of ['nl', 'en'] as const) {
      if (ui === 'en') await page.getByRole('button', { name: 'EN', exact: true }).click();
      for (const size of [{ width: 1440, height: 900 }, { width: 1280, height: 720 }]) {
        await page.setViewportSize(size);
        await editor.scrollIntoViewIfNeeded();
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: join(SCREENSHOTS, `location-languages-${ui}-${size.width}.png`) });
      }
    }
    await shoot(kiosk.page, 'location-languages-pl-portrait');
    await kiosk.page.setViewportSize(LANDSCAPE);
    await shoot(kiosk.page, 'location-languages-pl-landscape');
    await admin.locations.setLanguages.mutate({ locationId, languages: ['ar', 'fa', 'nl', 'en'] });
    await expect.poll(() => offered(kiosk.page), { timeout: 10_000 }).toEqual(names(['ar', 'fa', 'nl', 'en']));
    await shoot(kiosk.page, 'location-languages-ar-landscape');
    await kiosk.page.setViewportSize(PORTRAIT);
    await shoot(kiosk.page, 'location-languages-ar-portrait');
    await admin.locations.setLanguages.mutate({ locationId, languages: ['nl', 'pl', 'ro', 'bg'] });
    await expect.poll(() => offered(kiosk.page), { timeout: 10_000 }).toEqual(names(['nl', 'pl', 'ro', 'bg']));
    await shoot(kiosk.page, 'location-languages-nl-portrait');
    await page.context().close();
  } finally {
    await console.close();
    await kiosk.close();
  }
});

/** The phone app lists the location's languages first, every other one under "more languages". */
test('the phone app offers the location’s languages first and the rest under “more languages”', async ({ browser }) => {
  const kiosk = await openPairedKiosk(browser);
  try {
    const locationId = kiosk.env.core.location()!.id;
    const admin = await kiosk.env.admin();
    await admin.locations.setLanguages.mutate({ locationId, languages: ['pl', 'ro', 'nl', 'ar'] });
    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })).newPage();
    for (const language of ['pl', 'ar', 'nl'] as const) {
      await phone.goto(`${kiosk.env.hub.url}/app/${locationId}?lang=${language}`);
      await expect(phone.locator('.app')).toBeVisible();
      await phone.locator('.language-button').click();
      const main = phone.locator('[data-screen="language"] > .language-grid .language-choice');
      await expect(main).toHaveText(names(['pl', 'ro', 'nl', 'ar']));
      const more = phone.getByTestId('more-languages');
      await expect(more.locator('summary')).toBeVisible();
      await more.locator('summary').click();
      await expect(more.getByRole('button', { name: languageInfo('uk').nativeName, exact: true })).toBeVisible();
      await phone.evaluate(() => document.fonts.ready);
      mkdirSync(join(SCREENSHOTS, 'phone'), { recursive: true });
      await phone.screenshot({ path: join(SCREENSHOTS, 'phone', `location-languages-${language}.png`) });
    }
    // A language outside the list can still be chosen.
    await phone.getByTestId('more-languages').getByRole('button', { name: languageInfo('uk').nativeName, exact: true }).click();
    await expect(phone.locator('html')).toHaveAttribute('lang', 'uk');
    await phone.context().close();
  } finally {
    await kiosk.close();
  }
});

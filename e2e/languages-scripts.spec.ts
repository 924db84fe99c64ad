import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { workerText } from '../shared/strings/all';
import { LANGUAGE_CODES, languageInfo, type LanguageCode } from '../shared/languages';
import { phonePaths } from '../shared/phone-bundle';
import { chooseLanguage, LANDSCAPE, openArticle, openCategory, openPairedKiosk, PORTRAIT, screen, shoot, startOver } from './kiosk-helpers';

/**
 * The languages with scripts or word lengths the first fourteen did not have: Latvian and
 * Estonian (long words), Persian and Urdu (right to left), Tigrinya (Ethiopic) and Chinese (CJK),
 * on the kiosk both ways round and in the phone app, with screenshots to look at.
 */
const LANGUAGES = ['lv', 'et', 'fa', 'ur', 'ti', 'zh'] satisfies LanguageCode[];
const PHONE_DIR = resolve(import.meta.dirname, '../screenshots/phone');

test('the kiosk offers all 32 languages and draws lv, et, fa, ur, ti and zh in their own script and direction', async ({ browser }) => {
  test.setTimeout(240_000);
  const kiosk = await openPairedKiosk(browser);
  try {
    const { page, env } = kiosk;
    await expect(screen(page, 'language').locator('.language-choice')).toHaveCount(LANGUAGE_CODES.length);
    for (const [orientation, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]] as const) {
      await page.setViewportSize(viewport);
      await shoot(page, `all-languages-${orientation}`);
      // Every language button is on the screen without scrolling.
      const hidden = await screen(page, 'language').locator('.language-choice').evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().bottom > window.innerHeight).map((el) => el.textContent));
      expect(hidden, `${orientation}: language buttons below the fold`).toEqual([]);
      for (const language of LANGUAGES) {
        await chooseLanguage(page, language);
        await expect(page.locator('.tile-housing')).toContainText(workerText(language, 'category.housing'));
        await shoot(page, `${language}-${orientation}-1-home`);
        await page.locator('.search-entry').click();
        await expect(screen(page, 'search')).toBeVisible();
        if (language === 'ti') {
          await page.getByTestId('keyboard').getByRole('button', { name: 'ለ', exact: true }).click();
          await page.getByTestId('syllable-forms').getByRole('button', { name: 'ላ', exact: true }).click();
          await expect(page.getByRole('searchbox')).toHaveValue('ላ');
        }
        await shoot(page, `${language}-${orientation}-4-search`);
        const entry = env.core.store.feed(language, new Date()).find((e) => e.kind === 'article' && e.contact?.phones.length);
        if (entry) {
          await page.getByRole('button', { name: workerText(language, 'home') }).click();
          await openCategory(page, language, entry.category);
          await openArticle(page, entry);
          await shoot(page, `${language}-${orientation}-3-article`);
        }
        await startOver(page);
      }
    }
  } finally {
    await kiosk.close();
  }
});

test('the phone app speaks lv, et, fa, ur, ti and zh, right to left where the language is', async ({ browser }) => {
  test.setTimeout(120_000);
  const kiosk = await openPairedKiosk(browser);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  try {
    const phone = await context.newPage();
    mkdirSync(PHONE_DIR, { recursive: true });
    for (const language of LANGUAGES) {
      await phone.goto(kiosk.env.hub.url + phonePaths.app(kiosk.env.core.location()!.id, language));
      await expect(phone.locator('.tile-housing')).toContainText(workerText(language, 'category.housing'));
      await expect(phone.locator('html')).toHaveAttribute('dir', languageInfo(language).rtl ? 'rtl' : 'ltr');
      await phone.evaluate(() => document.fonts.ready);
      await phone.screenshot({ path: join(PHONE_DIR, `${language}-home.png`) });
      await phone.locator('.tile-housing').click();
      await phone.locator('.entry').first().click();
      await expect(phone.locator('.article-title')).toBeVisible();
      await phone.screenshot({ path: join(PHONE_DIR, `${language}-article.png`) });
    }
  } finally {
    await context.close();
    await kiosk.close();
  }
});

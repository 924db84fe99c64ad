import { expect, test, type Page } from '@playwright/test';
import { startConsoleEnv, type ConsoleEnv } from './helpers/console-env';
import { openConsoleAs, screenshot, switchUiLanguage } from './console-admin-helpers';
import { workerText } from '../shared/strings/all';
import { LANGUAGE_CODES, languageInfo, type LanguageCode } from '../shared/languages';

/**
 * The kiosk preview against a real hub with the demo data: the kiosk's own screens in a frame,
 * a housing site in Polish, a fallback note for a language the content is not translated into,
 * Arabic right-to-left, landscape, and an article with its sanitized body and contact card.
 */
let env: ConsoleEnv;
test.beforeAll(async () => {
  env = await startConsoleEnv();
});
test.afterAll(async () => {
  await env?.close();
});

const SITE = 'Huisvesting De Lage Weide';
const preview = (page: Page) => page.getByTestId('kiosk-preview');

async function chooseLanguage(page: Page, code: LanguageCode) {
  await page.getByRole('combobox', { name: /^(Taal|Language)$/ }).click();
  await page.locator(`li[role="option"][data-language="${code}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#/preview/[0-9a-f-]{36}/${code}$`));
  await expect(preview(page)).toHaveAttribute('lang', code);
  // The menu's backdrop fades out over the frame: a tap before that would land on it.
  await expect(page.locator('.MuiBackdrop-root')).toHaveCount(0);
}

const screenIn = (page: Page) => page.frameLocator('[data-testid="kiosk-preview-frame"]');

/** The kiosk's screen is drawn inside its frame on the console's page (a right-to-left screen too). */
async function expectInsideFrame(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const frame = (await page.getByTestId('kiosk-preview').locator('> div').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(frame.x);
  expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
  expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
}

test("the preview shows a housing site on the kiosk's own screens: Polish, a fallback note, Arabic right-to-left, an article", async ({ page }) => {
  const { core } = await openConsoleAs(env, page, 'editor@waalhaven.example', 'preview');
  const site = (await core.hub().locations.list.query()).find((l) => l.name === SITE)!;
  const coverage = await core.hub().feed.languages.query({ locationId: site.id });
  const polish = coverage.find((c) => c.language === 'pl')!;
  expect(polish.translated).toBeGreaterThan(0);
  // The language with the least translated content (not the bridge or source languages) shows fallbacks.
  const sparse = coverage.filter((c) => !['nl', 'en', 'pl', 'ar'].includes(c.language)).sort((a, b) => a.translated - b.translated)[0]!;
  expect(sparse.translated).toBeLessThan(sparse.total);

  await page.getByRole('combobox', { name: 'Locatie' }).click();
  await page.getByRole('option', { name: SITE }).click();
  const kiosk = screenIn(page);
  await expect(kiosk.locator('.top-bar .location-name')).toHaveText(SITE);

  // Dutch: the kiosk's home screen with its topic tiles, in a frame of the kiosk's size.
  await expect(kiosk.locator(`.tile-housing`)).toContainText(workerText('nl', 'category.housing'));
  await expect(page.getByTestId('preview-count')).toHaveText(/^\d+ items$/);
  const frameBox = (await page.getByTestId('kiosk-preview-frame').boundingBox())!;
  expect(frameBox.height / frameBox.width).toBeCloseTo(1920 / 1080, 1);
  await screenshot(page, 'preview-nl');

  // Every interface language in its own name, with how much of this site's content each covers.
  await page.getByRole('combobox', { name: 'Taal' }).click();
  await expect(page.getByRole('option')).toHaveCount(LANGUAGE_CODES.length);
  await expect(page.locator('li[role="option"][data-language="pl"]')).toContainText(`${polish.translated} van ${polish.total} vertaald`);
  await screenshot(page, 'preview-languages-nl');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();

  // Polish: Polish topic names, a topic's entries with their sources, an article in Polish.
  await chooseLanguage(page, 'pl');
  await expect(page.getByTestId('preview-coverage')).toHaveText(`${polish.translated} van ${polish.total} vertaald`);
  await expect(kiosk.locator('html')).toHaveAttribute('lang', 'pl');
  await kiosk.locator('.tile-housing').click();
  await expect(kiosk.locator('[data-screen="category"] .page-title')).toHaveText(workerText('pl', 'category.housing'));
  await expect(kiosk.locator('.entry-source').first()).toHaveText(/^Od: .+/);
  await screenshot(page, 'preview-pl');
  const polishEntry = kiosk.locator('.entry:not(:has(.entry-language))').first();
  const title = (await polishEntry.locator('.entry-title').textContent())!;
  await polishEntry.click();
  const article = kiosk.getByTestId('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(article.getByTestId('article-text')).not.toBeEmpty();
  await expect(article.locator('script')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`#/preview/${site.id}/pl/[0-9a-f-]{36}$`));
  await screenshot(page, 'preview-article-pl');
  await kiosk.getByRole('button', { name: workerText('pl', 'back') }).click();
  await expect(kiosk.locator('[data-screen="category"]')).toBeVisible();

  // A language the content is mostly not translated into: the kiosk says so, in that language.
  await chooseLanguage(page, sparse.language);
  const fallback = kiosk.locator('.entry:has(.entry-language)').first();
  await expect(fallback).toBeVisible();
  await fallback.click();
  const note = kiosk.getByTestId('fallback-note');
  const shownIn = (await note.getAttribute('data-shown-language')) as LanguageCode;
  await expect(note).toContainText(workerText(sparse.language, 'fallbackNote', { language: languageInfo(shownIn).nativeName }));
  await screenshot(page, 'preview-fallback');
  await kiosk.getByRole('button', { name: workerText(sparse.language, 'home') }).click();

  // Arabic reads right to left: the first tile sits at the right-hand edge.
  await chooseLanguage(page, 'ar');
  await expect(kiosk.locator('html')).toHaveAttribute('dir', 'rtl');
  const tile = (await kiosk.locator('.tile').first().boundingBox())!;
  const tiles = (await kiosk.locator('.tiles').boundingBox())!;
  expect(tiles.x + tiles.width - (tile.x + tile.width)).toBeLessThan(tile.x - tiles.x);
  await expectInsideFrame(page, tiles);
  await screenshot(page, 'preview-ar');

  // Landscape: the same screens in a 1920×1080 frame.
  await page.getByRole('button', { name: 'Liggend' }).click();
  await expect(page.getByTestId('kiosk-preview')).toHaveAttribute('data-orientation', 'landscape');
  const wide = (await page.getByTestId('kiosk-preview-frame').boundingBox())!;
  expect(wide.width / wide.height).toBeCloseTo(1920 / 1080, 1);
  await expectInsideFrame(page, (await kiosk.locator('.tiles').boundingBox())!);
  await screenshot(page, 'preview-ar-landscape');

  // The console in English over an English kiosk; then a contact card with its phone numbers large.
  await switchUiLanguage(page, 'en');
  await chooseLanguage(page, 'en');
  await expect(page.getByRole('heading', { name: 'Kiosk preview' })).toBeVisible();
  await expect(page.getByTestId('preview-coverage')).toHaveText(/^\d+ of \d+ translated$/);
  await screenshot(page, 'preview-en');

  const contacts = (await core.hub().feed.merged.query({ locationId: site.id, language: 'nl' })).filter((e) => e.kind === 'contact');
  const articles = await Promise.all(contacts.map((e) => core.hub().feed.article.query({ locationId: site.id, itemId: e.id, language: 'nl' })));
  const withPhone = articles.find((a) => a.contact?.phones.length);
  expect(withPhone, 'the demo data has a contact card with a phone number').toBeTruthy();
  await page.goto(page.url().replace(/#.*$/, `#/preview/${site.id}/nl/${withPhone!.id}`));
  await page.reload();
  const phone = screenIn(page).getByTestId('contact-card').getByTestId('phone-number').first();
  await expect(phone).toHaveText(withPhone!.contact!.phones[0]!.number);
  expect(parseFloat(await phone.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(32);
  await screenshot(page, 'preview-contact-en');
});

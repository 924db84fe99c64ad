import { expect, test, type Page } from '@playwright/test';
import { startConsoleEnv, type ConsoleEnv } from './helpers/console-env';
import { openConsoleAs, screenshot, switchUiLanguage } from './console-admin-helpers';
import { categoryName, kioskText } from '../shared/kiosk-strings';
import { languageInfo, type LanguageCode } from '../shared/languages';

/**
 * The kiosk preview against a real hub with the demo data: the merged feed of a housing site
 * in Polish, a fallback note for a language the content is not translated into, Arabic
 * right-to-left, and an article with its sanitized body and contact card.
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
}

test('the preview shows a housing site as its kiosk would: Polish, a fallback note, Arabic right-to-left, an article', async ({ page }) => {
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
  await expect(preview(page)).toContainText(SITE);

  // Dutch: the kiosk's own words in Dutch, every entry from a named organisation.
  await expect(page.getByTestId('feed-entry').first()).toBeVisible();
  await expect(page.getByTestId('preview-count')).toHaveText(/^\d+ items$/);
  await screenshot(page, 'preview-nl');

  // The 14 languages in their own names, with how much of this site's content each covers.
  await page.getByRole('combobox', { name: 'Taal' }).click();
  await expect(page.getByRole('option')).toHaveCount(14);
  await expect(page.locator('li[role="option"][data-language="pl"]')).toContainText(`${polish.translated} van ${polish.total} vertaald`);
  await screenshot(page, 'preview-languages-nl');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();

  // Polish: Polish text, Polish category names, sources, the coverage of the language.
  await chooseLanguage(page, 'pl');
  await expect(page.getByTestId('preview-coverage')).toHaveText(`${polish.translated} van ${polish.total} vertaald`);
  await expect(preview(page).locator('[data-testid="feed-entry"] [lang="pl"]').first()).toBeVisible();
  await expect(preview(page).getByRole('heading', { name: categoryName('pl', 'housing') })).toBeVisible();
  await expect(preview(page).getByTestId('entry-source').first()).toHaveText(/^Od: .+/);
  const urgent = preview(page).getByTestId('urgent-banner');
  if (await urgent.count()) {
    // Urgent notices come before every category section.
    const urgentTop = (await urgent.boundingBox())!.y;
    const firstSection = (await preview(page).locator('section[data-category]').first().boundingBox())!.y;
    expect(urgentTop).toBeLessThan(firstSection);
    await expect(urgent).toContainText(kioskText('pl', 'urgent'));
  }
  await screenshot(page, 'preview-pl');

  // An article in Polish: its body (sanitized), its source, its contact card when it has one.
  const polishEntry = preview(page).locator('[data-testid="feed-entry"]:not(:has([data-testid="fallback-note"]))').first();
  const title = (await polishEntry.locator('[lang="pl"] p').first().textContent())!;
  await polishEntry.click();
  const article = page.getByTestId('preview-article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(article.getByTestId('article-body')).not.toBeEmpty();
  await expect(article.locator('script')).toHaveCount(0);
  await screenshot(page, 'preview-article-pl', preview(page));
  await article.getByRole('button', { name: kioskText('pl', 'back') }).click();
  await expect(page.getByTestId('feed-entry').first()).toBeVisible();

  // A language the content is mostly not translated into: the kiosk says so, in that language.
  await chooseLanguage(page, sparse.language);
  const note = preview(page).getByTestId('fallback-note').first();
  await expect(note).toBeVisible();
  const shownIn = (await note.getAttribute('data-shown-language')) as LanguageCode;
  await expect(note).toContainText(kioskText(sparse.language, 'shownIn', { language: languageInfo(shownIn).nativeName }));
  await expect(note).toContainText('Niet vertaald: getoond in het');
  await screenshot(page, 'preview-fallback');
  await preview(page).locator('[data-testid="feed-entry"]:has([data-testid="fallback-note"])').first().click();
  await expect(page.getByTestId('preview-article').getByTestId('fallback-note')).toContainText(
    kioskText(sparse.language, 'fallbackNote', { language: languageInfo(shownIn).nativeName }),
  );
  await page.getByTestId('preview-article').getByRole('button', { name: kioskText(sparse.language, 'back') }).click();

  // Arabic reads right to left.
  await chooseLanguage(page, 'ar');
  await expect(preview(page)).toHaveAttribute('dir', 'rtl');
  await expect(preview(page).getByRole('heading', { name: categoryName('ar', 'housing') })).toBeVisible();
  const firstCard = (await preview(page).getByTestId('feed-entry').first().boundingBox())!;
  const frame = (await preview(page).boundingBox())!;
  // The first card of a section sits at the right-hand edge in a right-to-left layout.
  expect(frame.x + frame.width - (firstCard.x + firstCard.width)).toBeLessThan(firstCard.x - frame.x);
  await screenshot(page, 'preview-ar');
  const arabicFallback = preview(page).locator('[data-testid="feed-entry"]:has([data-testid="fallback-note"])').first();
  const arabicShownIn = (await arabicFallback.getByTestId('fallback-note').getAttribute('data-shown-language')) as LanguageCode;
  await arabicFallback.click();
  await expect(page.getByTestId('preview-article').getByTestId('fallback-note')).toContainText(
    kioskText('ar', 'fallbackNote', { language: languageInfo(arabicShownIn).nativeName }),
  );
  await screenshot(page, 'preview-article-ar', preview(page));
  await page.getByTestId('preview-article').getByRole('button', { name: kioskText('ar', 'back') }).click();

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
  const phone = page.getByTestId('contact-card').getByTestId('phone-number').first();
  await expect(phone).toHaveText(withPhone!.contact!.phones[0]!.number);
  expect(parseFloat(await phone.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(32);
  await screenshot(page, 'preview-contact-en', preview(page));
});

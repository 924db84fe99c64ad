import { randomUUID } from 'node:crypto';
import { test, expect, type Page } from '@playwright/test';
import type { Category } from '../shared/categories';
import { workerText } from '../shared/strings/all';
import { languageInfo, type LanguageCode } from '../shared/languages';
import type { FeedEntry } from '../shared/merged-feed';
import { startKioskEnv, type KioskEnv } from './helpers/kiosk-env';
import {
  bodyWord,
  chooseLanguage,
  expectAccessible,
  LANDSCAPE,
  openArticle,
  openCategory,
  PORTRAIT,
  pairThroughScreen,
  publishEnglishOnlyArticle,
  readQrCode,
  screen,
  shoot,
  startOver,
  typeOnScreen,
} from './kiosk-helpers';

/**
 * The kiosk screen in Chromium, against a real hub with the Waalhaven demo data and the kiosk's
 * real desktop core (local store, sync, live notices). One kiosk at "Huisvesting De Lage Weide"
 * walks through pairing, reading, fallback, search, QR codes, a live publish and a hub outage.
 * The content is looked up in the kiosk's own store, so the test follows the demo data.
 */
test.describe.configure({ mode: 'serial' });

let env: KioskEnv;
let page: Page;
let kioskId: string;
const feed = (language: LanguageCode) => env.core.store.feed(language, new Date());

test.beforeAll(async ({ browser }) => {
  env = await startKioskEnv();
  // A context of its own: axe-core needs one to run in every frame.
  page = await (await browser.newContext({ viewport: PORTRAIT })).newPage();
});

test.afterAll(async () => {
  await page?.context().close();
  await env?.close();
});

/** A housing article the kiosk has in Polish, with the language it is missing in. */
function polishHousingArticle() {
  const entry = feed('pl').find((e) => e.category === 'housing' && e.kind === 'article' && e.shownLanguage === 'pl' && e.body);
  if (!entry) throw new Error('The demo data has no Polish housing article');
  const missingIn = env.core.settings.languages.find((l) => env.core.store.entry(entry.id, l, new Date())?.isFallback);
  if (!missingIn) throw new Error(`"${entry.title}" is translated in every language`);
  return { entry, missingIn };
}

test('pairing: a wrong code is refused in words, the right code pairs the kiosk', async () => {
  await page.goto(env.url);
  await expect(screen(page, 'pairing')).toBeVisible();
  await expectAccessible(page, 'pairing');

  await pairThroughScreen(page, env, 'WRONG-CODE');
  await expect(page.getByTestId('pairing-error')).toHaveText(workerText('nl', 'pairingWrongCode'));
  await expect(screen(page, 'pairing')).toBeVisible();
  await shoot(page, 'pairing-portrait-wrong-code');

  // The right code, typed on the screen's own keys (the field kept its focus).
  const pairing = await env.pairingCode();
  kioskId = pairing.kioskId;
  await page.getByRole('button', { name: workerText('nl', 'keyboardClear') }).click();
  await expect(page.getByLabel(workerText('nl', 'pairingCode'))).toHaveValue('');
  await typeOnScreen(page, pairing.code);
  await expect(page.getByLabel(workerText('nl', 'pairingCode'))).toHaveValue(pairing.code);
  await page.getByRole('button', { name: workerText('nl', 'connect') }).click();
  await expect(screen(page, 'language')).toBeVisible();
  expect(env.core.state().location?.name).toBe('Huisvesting De Lage Weide');
});

test('language screen: native names in the configured order, Arabic right to left', async () => {
  const buttons = screen(page, 'language').locator('.language-choice');
  await expect(buttons).toHaveText(env.core.settings.languages.map((l) => languageInfo(l).nativeName));
  await expect(buttons.filter({ hasText: 'العربية' })).toHaveAttribute('dir', 'rtl');
  await expectAccessible(page, 'language');
});

test('Polish: a housing article in Polish with its source organisation; the home QR code opens the phone app', async () => {
  const { entry } = polishHousingArticle();
  await chooseLanguage(page, 'pl');
  await expect(page.locator('.tile-housing')).toContainText('Mieszkanie');
  await expectAccessible(page, 'home');

  // The phone-app QR code of this location, in Polish, at the hub's public address.
  expect(await readQrCode(page, 'app-qr')).toBe(`${env.hub.deps.settings.publicUrl}/app/${env.core.location()!.id}?lang=pl&from=kiosk`);

  await openCategory(page, 'pl', 'housing');
  await expect(page.locator('.entry', { hasText: entry.title }).first()).toContainText(`Od: ${entry.tenantName}`);
  await expectAccessible(page, 'category');

  await openArticle(page, entry);
  const article = screen(page, 'article');
  await expect(article.locator('.article-title')).toHaveAttribute('lang', 'pl');
  await expect(article.locator('.article-source')).toHaveText(`Od: ${entry.tenantName}`);
  await expect(article.getByTestId('fallback-note')).toHaveCount(0);
  await expectAccessible(page, 'article');

  // The article's own QR code opens this article, in Polish, on the worker's phone.
  expect(await readQrCode(page, 'article-qr')).toBe(`${env.hub.deps.settings.publicUrl}/app/${env.core.location()!.id}/item/${entry.id}?lang=pl&from=kiosk`);
});

test('a language without that translation says so in its own words', async () => {
  const { entry, missingIn } = polishHousingArticle();
  const shown = env.core.store.entry(entry.id, missingIn, new Date())!;
  test.info().annotations.push({ type: 'fallback', description: `${entry.title}: ${missingIn} → shown in ${shown.shownLanguage}` });
  await startOver(page);
  await chooseLanguage(page, missingIn);
  await openCategory(page, missingIn, 'housing');
  await openArticle(page, shown);
  await expect(page.getByTestId('fallback-note')).toHaveText(workerText(missingIn, 'fallbackNote', { language: languageInfo(shown.shownLanguage).nativeName }));
  await expect(page.locator('.article-title')).toHaveAttribute('lang', shown.shownLanguage);
});

test('search finds an article by a word in its body, typed on the on-screen keyboard', async () => {
  const { entry } = polishHousingArticle();
  const word = bodyWord(entry);
  if (!word) throw new Error(`No searchable body word in "${entry.title}"`);
  test.info().annotations.push({ type: 'search', description: `"${word}" → ${entry.title}` });
  await startOver(page);
  await chooseLanguage(page, 'pl');
  await page.getByRole('button', { name: workerText('pl', 'searchPrompt') }).click();
  await expect(screen(page, 'search')).toBeVisible();
  await expect(page.getByText(workerText('pl', 'searchHint'))).toBeVisible();

  await typeOnScreen(page, word);
  await expect(page.getByRole('searchbox')).toHaveValue(word);
  await expect(page.locator('.search-results .entry', { hasText: entry.title })).toBeVisible();
  await expectAccessible(page, 'search');

  // From the results into the article and back: the results are still there.
  await openArticle(page, entry);
  await page.getByRole('button', { name: workerText('pl', 'back') }).click();
  await expect(page.getByRole('searchbox')).toHaveValue(word);
  await expect(page.locator('.search-results .entry', { hasText: entry.title })).toBeVisible();

  // Nothing found: said in words, with a way on.
  await page.getByRole('button', { name: workerText('pl', 'keyboardClear') }).click();
  await typeOnScreen(page, 'qqxzw');
  await expect(page.getByTestId('no-results')).toContainText(workerText('pl', 'searchNoResults'));
  await expectAccessible(page, 'search without results');
});

test('a publish made through the hub shows on the kiosk within 5 seconds, and an unpublish takes it away', async () => {
  await startOver(page);
  await chooseLanguage(page, 'nl');
  await openCategory(page, 'nl', 'housing');
  const title = `Nieuw: huurtoeslag aanvragen ${Date.now()}`;
  const itemId = randomUUID();
  const editor = await env.editor();
  const pushed = await editor.sync.push.mutate({
    mutations: [
      {
        mutationId: randomUUID(),
        type: 'item.create',
        itemId,
        fields: { category: 'housing', kind: 'article', sourceLanguage: 'nl', published: true },
        source: { title, summary: 'Vraag huurtoeslag aan bij de Belastingdienst.', body: '<p>Dit kan online.</p>' },
      },
    ],
  });
  expect(pushed.results[0]?.status).toBe('applied');
  await expect(page.locator('.entry', { hasText: title })).toBeVisible({ timeout: 5_000 });

  // Taken offline again while someone reads it: the screen stops showing it, just as fast.
  await openArticle(page, { title });
  const unpublished = await editor.sync.push.mutate({
    mutations: [{ mutationId: randomUUID(), type: 'item.update', itemId, baseRevision: 1, fields: { published: false } }],
  });
  expect(unpublished.results[0]?.status).toBe('applied');
  await expect(page.getByText(workerText('nl', 'notAvailable'))).toBeVisible({ timeout: 5_000 });
  await expect(page.locator('.article-title')).toHaveCount(0);
});

test('with the hub gone the kiosk goes on showing its content, with no error', async () => {
  const { entry } = polishHousingArticle();
  await env.stopHub();
  await expect.poll(() => env.core.state().online, { timeout: 10_000 }).toBe(false);
  await startOver(page);
  await chooseLanguage(page, 'pl');
  await expect(page.locator('.tiles .tile')).not.toHaveCount(0);
  await openCategory(page, 'pl', 'housing');
  await openArticle(page, entry);
  await expect(page.locator('.article-text')).not.toBeEmpty();
  await page.getByRole('button', { name: workerText('pl', 'home') }).click();
  await expect(page.getByTestId('app-qr').locator('svg')).toBeVisible();
  await env.startHub();
});

/** An article to photograph per language: one shown in a fallback language, with a contact card. */
function showcase(language: LanguageCode, extraId: string): { entry: FeedEntry; category: Category; word: string } {
  const entries = feed(language).filter((e) => e.kind === 'article');
  const fallback = entries.filter((e) => e.isFallback);
  // Dutch has every demo text, so only the English-only article shows its note; others show a demo one.
  const pick = (list: FeedEntry[]) => list.find((e) => e.contact?.phones.length) ?? list[0];
  const entry = (language === 'nl' ? entries.find((e) => e.id === extraId) : pick(fallback.filter((e) => e.id !== extraId))) ?? pick(fallback) ?? entries[0];
  if (!entry) throw new Error(`Nothing to show in ${language}`);
  const inLanguage = entries.find((e) => e.shownLanguage === language) ?? entry;
  const word = inLanguage.title.split(/[\s,.:;!?()]+/u).sort((a, b) => b.length - a.length)[0] ?? '';
  return { entry, category: entry.category, word };
}

test('screenshots in Dutch, Polish and Arabic, portrait and landscape', async () => {
  test.setTimeout(90_000);
  const extra = await publishEnglishOnlyArticle(env);
  for (const [orientation, viewport] of [
    ['portrait', PORTRAIT],
    ['landscape', LANDSCAPE],
  ] as const) {
    await page.setViewportSize(viewport);
    if (!(await screen(page, 'language').isVisible())) await startOver(page);
    await shoot(page, `language-${orientation}`);
    for (const language of ['nl', 'pl', 'ar'] as const) {
      const { entry, category, word } = showcase(language, extra.itemId);
      await chooseLanguage(page, language);
      await shoot(page, `${language}-${orientation}-1-home`);
      await openCategory(page, language, category);
      await shoot(page, `${language}-${orientation}-2-category`);
      await openArticle(page, entry);
      if (entry.isFallback) await expect(page.getByTestId('fallback-note')).toBeVisible();
      if (entry.id === extra.itemId) {
        // The picture comes from the kiosk's own cache, not from the hub.
        await expect.poll(() => page.locator('.article-images img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      }
      await shoot(page, `${language}-${orientation}-3-article`);
      await page.getByRole('button', { name: workerText(language, 'search'), exact: true }).click();
      await page.getByRole('searchbox').fill(word);
      await expect(page.locator('.search-results .entry').first()).toBeVisible();
      await shoot(page, `${language}-${orientation}-4-search`);
      await startOver(page);
    }
  }
  await page.setViewportSize(PORTRAIT);
});

test('a revoked kiosk stops showing content and says why on the pairing screen', async () => {
  const admin = await env.admin();
  await admin.kiosks.revoke.mutate({ kioskId });
  await expect(screen(page, 'pairing')).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('revoked')).toHaveText(workerText('nl', 'pairingRevoked'));
  await expectAccessible(page, 'pairing (revoked)');
  expect(env.core.store.items()).toEqual([]);
  await shoot(page, 'pairing-portrait-revoked');
  await page.setViewportSize(LANDSCAPE);
  await shoot(page, 'pairing-landscape-revoked');
  await page.setViewportSize(PORTRAIT);
});

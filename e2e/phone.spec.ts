import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { workerText } from '../shared/strings/all';
import { LANGUAGES, languageInfo, type LanguageCode } from '../shared/languages';
import type { FeedEntry } from '../shared/merged-feed';
import { richTextToPlain } from '../shared/rich-text-policy';
import { foldWord } from '../phone/src/lib/search';
import { startKioskEnv, type KioskEnv } from './helpers/kiosk-env';
import { bodyWord, chooseLanguage, expectAccessible, openArticle, openCategory, PORTRAIT, publishEnglishOnlyArticle, readQrCode } from './kiosk-helpers';

/**
 * The worker's phone app in Chromium with a phone profile, against a real hub with the demo
 * data: the worker scans the QR code of a real kiosk (decoded from a screenshot), and from then
 * on reads, searches, keeps and shares, in Polish and in Arabic, online and in airplane mode.
 */
test.describe.configure({ mode: 'serial' });

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots/phone');

let env: KioskEnv;
let kiosk: Page;
let phoneContext: BrowserContext;
let phone: Page;
let publicUrl: string;
const requested = new Set<string>();
const consoleErrors: string[] = [];

const app = (page: Page) => page.locator('.app');
const feed = (language: LanguageCode) => env.core.store.feed(language, new Date());

/** The first screen as the phone shows it, and the whole page (what scrolling reveals). */
async function shoot(name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await phone.evaluate(() => document.fonts.ready);
  await phone.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  await phone.screenshot({ path: join(SCREENSHOT_DIR, `${name}-full.png`), fullPage: true });
}

/** A Polish housing article with a body word that carries accents, as typed without them. */
function polishHousingArticle(): { entry: FeedEntry; word: string } {
  for (const entry of feed('pl').filter((e) => e.category === 'housing' && e.kind === 'article' && e.shownLanguage === 'pl')) {
    const word = bodyWord(entry);
    if (word && !richTextToPlain(entry.body).toLowerCase().includes(word)) return { entry, word };
  }
  throw new Error('The demo data has no Polish housing article with an accented word in its body');
}

test.beforeAll(async ({ browser }) => {
  env = await startKioskEnv();
  // The address phones use differs from the one the kiosk pairs with (as a public name would
  // differ from an internal address); the kiosk must build its QR codes from the public one.
  publicUrl = env.hub.url.replace('127.0.0.1', 'localhost');
  env.hub.deps.settings.publicUrl = publicUrl;
  const pairing = await env.pairingCode();
  await env.core.pair(env.hub.url, pairing.code);
  kiosk = await (await browser.newContext({ viewport: PORTRAIT })).newPage();
  await kiosk.goto(env.url);
  phoneContext = await browser.newContext({ ...PHONE, serviceWorkers: 'allow' });
  await phoneContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: publicUrl });
  phone = await phoneContext.newPage();
  phoneContext.on('request', (r) => requested.add(new URL(r.url()).origin));
  phone.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
});

test.afterAll(async () => {
  await kiosk?.context().close();
  await phoneContext?.close();
  await env?.close();
});

test('the kiosk’s home QR code opens the app at that housing site, in the language chosen on the kiosk', async () => {
  await chooseLanguage(kiosk, 'pl');
  const scanned = await readQrCode(kiosk, 'app-qr');
  expect(scanned).toBe(`${publicUrl}/app/${env.core.location()!.id}?lang=pl&from=kiosk`);

  await phone.goto(scanned!);
  await expect(app(phone).locator('.place-name')).toHaveText('Huisvesting De Lage Weide');
  await expect(phone.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(phone.locator('.tile-housing')).toContainText(workerText('pl', 'category.housing'));
  await expect(phone.getByTestId('status')).toContainText(workerText('pl', 'updated', { time: '' }).trim());
  await expect(phone.getByTestId('install-hint')).toContainText(workerText('pl', 'installTitle'));
  await expectAccessible(phone, 'phone home');
  await shoot('pl-home');
});

test('an article’s QR code opens that article in the app; search finds it by a body word typed without accents; keep it', async () => {
  const { entry, word } = polishHousingArticle();
  await openCategory(kiosk, 'pl', 'housing');
  await openArticle(kiosk, entry);
  const scanned = await readQrCode(kiosk, 'article-qr');
  expect(scanned).toBe(`${publicUrl}/app/${env.core.location()!.id}/item/${entry.id}?lang=pl&from=kiosk`);

  await phone.goto(scanned!);
  await expect(phone.locator('.article-title')).toHaveText(entry.title);
  await expect(phone.locator('.article-source')).toContainText(entry.tenantName);
  await expectAccessible(phone, 'phone article');
  await shoot('pl-article');

  await phone.locator('.tab', { hasText: workerText('pl', 'search') }).click();
  await phone.getByRole('searchbox').fill(word);
  expect(foldWord(word)).toBe(word); // typed as a phone keyboard without Polish letters would
  await expect(phone.locator('.entry', { hasText: entry.title })).toBeVisible();
  await expectAccessible(phone, 'phone search');
  await shoot('pl-search');

  await phone.locator('.entry', { hasText: entry.title }).click();
  await phone.getByRole('button', { name: workerText('pl', 'save') }).click();
  await expect(phone.getByRole('button', { name: workerText('pl', 'saved') })).toHaveAttribute('aria-pressed', 'true');

  // Share: this browser has no share sheet, so the link is copied.
  const articleUrl = phone.url();
  await phone.getByRole('button', { name: workerText('pl', 'share') }).click();
  await expect(phone.getByRole('button', { name: workerText('pl', 'linkCopied') })).toBeVisible();
  expect(await phone.evaluate(() => navigator.clipboard.readText())).toBe(articleUrl);

  await phone.locator('.tab', { hasText: workerText('pl', 'saved') }).click();
  await expect(phone.locator('.entry', { hasText: entry.title })).toBeVisible();
  await expectAccessible(phone, 'phone saved');
});

test('installable: a valid manifest for this place, and the service worker controls the page', async () => {
  await phone.reload();
  await expect(app(phone)).toBeVisible();
  await expect.poll(() => phone.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
  const href = await phone.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await phone.request.get(new URL(href!, publicUrl).href)).json();
  expect(manifest).toMatchObject({ name: 'Wegwijs · Huisvesting De Lage Weide', display: 'standalone', start_url: `/app/${env.core.location()!.id}?lang=pl` });
  const cdp = await phoneContext.newCDPSession(phone);
  const parsed = await cdp.send('Page.getAppManifest');
  expect(parsed.errors).toEqual([]);
  expect(parsed.url).toContain('/manifest.webmanifest');
  for (const icon of manifest.icons as { src: string }[]) expect((await phone.request.get(new URL(icon.src, publicUrl).href)).ok()).toBe(true);
});

test('Arabic: right to left, phone numbers and postcode kept in their order, labels in Arabic', async () => {
  await phone.locator('.language-button').click();
  await phone.getByRole('button', { name: languageInfo('ar').nativeName, exact: true }).click();
  await expect(phone.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(phone.locator('.tile-housing')).toContainText(workerText('ar', 'category.housing'));
  await expectAccessible(phone, 'phone home ar');
  await shoot('ar-home');

  const caretaker = feed('ar').find((e) => e.contact?.phones.some((p) => p.label === 'after_hours'))!;
  await phone.locator('.tile-housing').click();
  await phone.locator('.entry', { hasText: caretaker.title }).click();
  await expect(phone.locator('.article-title')).toHaveText(caretaker.title);
  const card = phone.locator('.contact-card');
  await expect(card).toContainText(workerText('ar', 'phone.after_hours'));
  // On the phone each number is a tap to call, under its label.
  await expect(card.locator('.phone', { hasText: workerText('ar', 'phone.after_hours') }).locator('a')).toHaveAttribute('href', 'tel:+31416700299');
  await expect(card.getByTestId('contact-address').locator('a')).toHaveAttribute('href', /openstreetmap\.org\/search\?query=Lage%20Weide%2012/);
  // A number inside right-to-left text must read left to right, digit groups in order.
  const number = card.locator('.phone-number').first();
  await expect(number).toHaveText('+31 416 700 200');
  expect(await number.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  const digits = await number.evaluate((el) => {
    const range = document.createRange();
    const text = el.firstChild!;
    const at = (i: number) => {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    };
    return [at(0), at(4), at(8), at(12)];
  });
  expect([...digits].sort((a, b) => a - b)).toEqual(digits);
  // "5145 RK Waalhaven", not "Waalhaven RK 5145".
  const postcode = (await card.getByTestId('postal-code').boundingBox())!;
  const city = (await card.getByTestId('city').boundingBox())!;
  expect(postcode.x).toBeLessThan(city.x);
  await expectAccessible(phone, 'phone article ar');
  await shoot('ar-article');
});

test('an outdated Polish translation stays, with the date its original changed and the original one tap away', async () => {
  const outdated = feed('pl').find((e) => e.originalChangedAt && e.shownLanguage === 'pl');
  if (!outdated) throw new Error('The demo data has no outdated Polish translation');
  const original = env.core.store.entry(outdated.id, outdated.sourceLanguage, new Date())!;
  await phone.goto(`${publicUrl}/app/${env.core.location()!.id}/item/${outdated.id}?lang=pl`);
  await expect(phone.locator('.article-title')).toHaveText(outdated.title);
  await expect(phone.getByTestId('outdated-note')).toContainText(workerText('pl', 'outdatedNote').split('{language}')[0]!.trim());
  await phone.getByTestId('toggle-original').click();
  await expect(phone.locator('.article-title')).toHaveText(original.title);
  await expectAccessible(phone, 'phone outdated');
  await shoot('pl-outdated-original');
});

test('Romanian: article, places, a topic and the language choice', async () => {
  await phone.goto(`${publicUrl}/app/${env.core.location()!.id}?lang=ro`);
  await expect(phone.locator('.tile-housing')).toContainText(workerText('ro', 'category.housing'));
  await expectAccessible(phone, 'phone home ro');
  await shoot('ro-home');
  const caretaker = feed('ro').find((e) => e.contact?.phones.some((p) => p.label === 'after_hours'))!;
  await phone.goto(`${publicUrl}/app/${env.core.location()!.id}/item/${caretaker.id}?lang=ro`);
  await expect(phone.locator('.article-title')).toHaveText(caretaker.title);
  await shoot('ro-article');
  await phone.locator('.tab', { hasText: workerText('ro', 'places') }).click();
  await expect(phone.locator('.place-current')).toContainText('Huisvesting De Lage Weide');
  await expectAccessible(phone, 'phone places');
  await phone.locator('.tab', { hasText: workerText('ro', 'home') }).click();
  await phone.locator('.tile-housing').click();
  await expect(phone.locator('.page-title')).toContainText(workerText('ro', 'category.housing'));
  await expectAccessible(phone, 'phone topic');
  await shoot('ro-topic');
  await phone.goto(`${publicUrl}/app/${env.core.location()!.id}/language?lang=ro`);
  await expect(phone.locator('.language-choice')).toHaveCount(LANGUAGES.length);
  await expectAccessible(phone, 'phone language');
  await shoot('ro-language');
});

test('offline: after a reload in airplane mode everything still works; back online, a publish appears after the next check', async () => {
  const { entry, word } = polishHousingArticle();
  // An article with a picture: the phone keeps the location's images too (within its budget).
  const pictured = await publishEnglishOnlyArticle(env);
  const imageKept = phone.waitForResponse((r) => r.url().endsWith(`/media/${pictured.mediaId}`) && r.ok());
  await phone.goto(`${publicUrl}/app/${env.core.location()!.id}?lang=pl`);
  await expect(phone.locator('.tile-housing')).toBeVisible();
  await imageKept;
  await phoneContext.setOffline(true);
  await phone.goto(`${publicUrl}/app/${env.core.location()!.id}/item/${pictured.itemId}?lang=pl`);
  await expect(phone.locator('.article-title')).toHaveText(pictured.title);
  await expect.poll(() => phone.locator('.article-image').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(960);
  await phone.goto(`${publicUrl}/app/${env.core.location()!.id}?lang=pl`);
  await expect(app(phone).locator('.place-name')).toHaveText('Huisvesting De Lage Weide');
  await expect(phone.getByTestId('status')).toContainText(workerText('pl', 'offlineFrom', { date: '' }).trim());
  await phone.locator('.tile-housing').click();
  await phone.locator('.entry', { hasText: entry.title }).click();
  await expect(phone.locator('.article-title')).toHaveText(entry.title);
  await expect(phone.locator('.contact-card, .article-text').first()).toBeVisible();
  await phone.locator('.tab', { hasText: workerText('pl', 'search') }).click();
  await phone.getByRole('searchbox').fill(word);
  await expect(phone.locator('.entry', { hasText: entry.title })).toBeVisible();
  await phone.locator('.tab', { hasText: workerText('pl', 'saved') }).click();
  await expect(phone.locator('.entry', { hasText: entry.title })).toBeVisible();
  await phone.locator('.tab', { hasText: workerText('pl', 'home') }).click();
  await expectAccessible(phone, 'phone offline');
  await shoot('pl-offline');

  // While the phone is offline the housing provider publishes a notice in Polish.
  const title = `Przegląd instalacji gazowej ${randomUUID().slice(0, 4)}`;
  const editor = await env.editor();
  const pushed = await editor.sync.push.mutate({
    mutations: [
      {
        mutationId: randomUUID(),
        type: 'item.create',
        itemId: randomUUID(),
        fields: { category: 'housing', kind: 'urgent', sourceLanguage: 'pl', published: true },
        source: { title, summary: 'W czwartek od 9:00 do 12:00 nie będzie gazu.', body: '<p>Prosimy o otwarcie drzwi technikowi.</p>' },
      },
    ],
  });
  expect(pushed.results[0]?.status).toBe('applied');
  await phoneContext.setOffline(false);
  await expect(phone.locator('.urgent-banner', { hasText: title })).toBeVisible({ timeout: 15_000 });
  await expect(phone.getByTestId('status')).toContainText(workerText('pl', 'updated', { time: '' }).trim());
});

test('private: no cookies, no request to anyone but the hub, nothing refused by the content security policy', async () => {
  expect(await phoneContext.cookies()).toEqual([]);
  expect([...requested]).toEqual([publicUrl]);
  expect(consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  const res = await phone.request.get(`${publicUrl}/app/${env.core.location()!.id}?lang=pl`);
  expect(res.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(res.headers()['set-cookie']).toBeUndefined();
});

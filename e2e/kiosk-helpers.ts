import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Category } from '../shared/categories';
import { workerText } from '../shared/strings/all';
import { languageInfo, type LanguageCode } from '../shared/languages';
import type { FeedEntry } from '../shared/merged-feed';
import { richTextToPlain } from '../shared/rich-text-policy';
import { startKioskEnv, type KioskEnv } from './helpers/kiosk-env';
import type { KioskSettings } from '../main/core/kiosk/kiosk-settings';

/** Where the kiosk screenshots go (gitignored), to be looked at by a person. */
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots/kiosk');

export const PORTRAIT = { width: 1080, height: 1920 };
export const LANDSCAPE = { width: 1920, height: 1080 };

export const screen = (page: Page, name: string) => page.locator(`[data-screen="${name}"]`);

export async function pairThroughScreen(page: Page, env: KioskEnv, code: string) {
  await page.getByLabel(workerText('nl', 'hubAddress')).fill(env.hub.url);
  await page.getByLabel(workerText('nl', 'pairingCode')).fill(code);
  await page.getByRole('button', { name: workerText('nl', 'connect') }).click();
}

/**
 * A real hub and kiosk core with `settings`, and a portrait page paired through the screen and
 * showing the language screen. `beforeLoad` runs in the page before the kiosk's own scripts.
 */
export async function openPairedKiosk(browser: Browser, settings: Partial<KioskSettings> = {}, beforeLoad?: () => void) {
  const env = await startKioskEnv(settings);
  // A context of its own: axe-core needs one to run in every frame.
  const page = await (await browser.newContext({ viewport: PORTRAIT })).newPage();
  if (beforeLoad) await page.addInitScript(beforeLoad);
  await page.goto(env.url);
  await pairThroughScreen(page, env, (await env.pairingCode()).code);
  await expect(screen(page, 'language')).toBeVisible();
  const close = async () => {
    await page.context().close();
    await env.close();
  };
  return { env, page, close };
}

export async function chooseLanguage(page: Page, language: LanguageCode) {
  await expect(screen(page, 'language')).toBeVisible();
  await page.getByRole('button', { name: languageInfo(language).nativeName, exact: true }).click();
  await expect(screen(page, 'home').locator('.tiles')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('html')).toHaveAttribute('dir', languageInfo(language).rtl ? 'rtl' : 'ltr');
}

/** The language button in the top bar: back to the language screen, everything forgotten. */
export async function startOver(page: Page) {
  await page.locator('.top-bar .language-button').click();
  await expect(screen(page, 'language')).toBeVisible();
}

export async function openCategory(page: Page, language: LanguageCode, category: Category) {
  const tile = page.locator(`.tile-${category}`);
  await expect(tile).toContainText(workerText(language, `category.${category}`));
  await tile.click();
  await expect(screen(page, 'category').locator('.page-title')).toHaveText(workerText(language, `category.${category}`));
}

export async function openArticle(page: Page, entry: Pick<FeedEntry, 'title'>) {
  await page.locator('.entry', { hasText: entry.title }).first().click();
  await expect(screen(page, 'article').locator('.article-title')).toHaveText(entry.title);
}

/** No serious or critical axe-core finding on what is on screen now. */
export async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `axe on the ${name} screen`).toEqual([]);
}

/** Cuts the QR code out of a screenshot of the screen and decodes it the way a phone would. */
export async function readQrCode(page: Page, testId: string): Promise<string | null> {
  const qr = page.getByTestId(testId);
  await expect(qr.locator('svg')).toBeVisible();
  await qr.scrollIntoViewIfNeeded();
  const box = await qr.boundingBox();
  if (!box) return null;
  const png = PNG.sync.read(await page.screenshot({ clip: box }));
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null;
}

export async function shoot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Let fonts and the last frame settle so the picture shows what a person would see.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Strips accents the way the kiosk's search folds them: "mieszkańców" → "mieszkancow". */
export const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A word that occurs in the article's body but not in its title or summary, typed without its
 * accents (the Latin on-screen keyboard has none): the search must find it in the body, with the
 * accents folded. Prefers a word that had accents ("mieszkańców" typed as "mieszkancow").
 */
export function bodyWord(entry: FeedEntry): string | null {
  const head = fold(`${entry.title} ${entry.summary}`);
  const words = richTextToPlain(entry.body)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 6)
    .map((w) => ({ typed: fold(w), accented: fold(w) !== w.toLowerCase() }))
    .filter((w) => /^[a-z]+$/.test(w.typed) && !head.includes(w.typed));
  words.sort((a, b) => Number(b.accented) - Number(a.accented) || b.typed.length - a.typed.length);
  return words[0]?.typed ?? null;
}

/** Types on the kiosk's own keyboard, key by key, as a worker would. */
export async function typeOnScreen(page: Page, text: string) {
  const keyboard = page.getByTestId('keyboard');
  for (const letter of text) await keyboard.getByRole('button', { name: letter, exact: true }).click();
}

/** A small drawn picture (sky, grass, a house) to upload as an article image. */
export function drawPicture(width = 960, height = 480): Buffer {
  const png = new PNG({ width, height });
  const paint = (x: number, y: number, [r, g, b]: [number, number, number]) => {
    const i = (y * width + x) * 4;
    png.data[i] = r;
    png.data[i + 1] = g;
    png.data[i + 2] = b;
    png.data[i + 3] = 255;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const ground = y > height * 0.72;
      const wall = x > width * 0.35 && x < width * 0.65 && y > height * 0.42 && !ground;
      const roofTop = height * 0.18;
      const roof = y >= roofTop && y <= height * 0.42 && Math.abs(x - width / 2) < ((y - roofTop) / (height * 0.24)) * width * 0.18;
      const door = x > width * 0.47 && x < width * 0.53 && y > height * 0.56 && !ground;
      const sun = (x - width * 0.82) ** 2 + (y - height * 0.2) ** 2 < (height * 0.09) ** 2;
      paint(x, y, door ? [90, 50, 20] : wall ? [230, 200, 150] : roof ? [170, 40, 40] : ground ? [70, 150, 70] : sun ? [250, 200, 40] : [150, 200, 240]);
    }
  }
  return PNG.sync.write(png);
}

/**
 * Publishes, as the municipality's editor, an English-only housing article with a picture and a
 * full contact card: the kiosk shows it in every other language with the fallback note.
 */
export async function publishEnglishOnlyArticle(env: KioskEnv) {
  const editor = await env.editor();
  const { mediaId } = await editor.content.uploadImage.mutate({ contentType: 'image/png', dataBase64: drawPicture().toString('base64') });
  const itemId = randomUUID();
  const title = 'Bicycle repair day at Lage Weide';
  const pushed = await editor.sync.push.mutate({
    mutations: [
      {
        mutationId: randomUUID(),
        type: 'item.create',
        itemId,
        fields: {
          category: 'housing',
          kind: 'article',
          sourceLanguage: 'en',
          published: true,
          images: [{ mediaId }],
          contact: {
            phones: [
              { number: '+31 416 683 200', label: 'main' },
              { number: '+31 6 1234 5678', label: 'whatsapp' },
            ],
            email: 'fiets@waalhaven.example',
            address: { street: 'Lage Weide 12', postalCode: '5145 RK', city: 'Waalhaven' },
            openingHours: [
              { days: [1, 2, 3, 4, 5], opens: '16:00', closes: '18:00' },
              { days: [6], opens: '10:00', closes: '14:00' },
            ],
            website: 'https://waalhaven.example/fietsen',
          },
        },
        source: {
          title,
          summary: 'Bring your bike: volunteers check the brakes, lights and tyres for free.',
          body: '<p>Volunteers repair bicycles behind building B. Safe brakes and working lights are required by law in the Netherlands.</p><ul><li><strong>Free:</strong> brakes, lights and tyres.</li><li>Bring your own lock.</li></ul><p>No appointment needed.</p>',
        },
      },
    ],
  });
  if (pushed.results[0]?.status !== 'applied') throw new Error(`Not published: ${JSON.stringify(pushed.results[0])}`);
  // The kiosk has it, with its picture in the local cache.
  await expect.poll(() => env.core.store.mediaIds().has(mediaId), { timeout: 10_000 }).toBe(true);
  return { itemId, mediaId, title };
}

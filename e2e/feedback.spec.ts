import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { workerText } from '../shared/strings/all';
import type { LanguageCode } from '../shared/languages';
import type { FeedEntry } from '../shared/merged-feed';
import { startKioskEnv, type KioskEnv } from './helpers/kiosk-env';
import { chooseLanguage, LANDSCAPE, openArticle, openCategory, PORTRAIT, screen, startOver } from './kiosk-helpers';

/**
 * A worker's feedback on an article, on a real kiosk (the built screen served by a real kiosk
 * core) and in the phone app, against a real hub with the demo data: it reaches the municipality
 * that owns the item, as the console reads it; the phone keeps it while offline and sends it later.
 */
test.describe.configure({ mode: 'serial' });

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots/feedback');

let env: KioskEnv;
let townItems: Set<string>;

/** A housing article of the municipality itself (so its editor reads the feedback). */
function townArticle(language: LanguageCode): FeedEntry {
  const entry = env.core.store.feed(language, new Date()).find((e) => e.category === 'housing' && e.kind === 'article' && townItems.has(e.id));
  if (!entry) throw new Error('The demo data has no housing article of the municipality');
  return entry;
}

async function feedbackFor(itemId: string) {
  const editor = await env.editor();
  return (await editor.feedback.list.query({ status: null })).filter((f) => f.itemId === itemId);
}

async function shoot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.locator('[data-testid="feedback"]').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

test.beforeAll(async () => {
  env = await startKioskEnv();
  const pairing = await env.pairingCode();
  await env.core.pair(env.hub.url, pairing.code);
  townItems = new Set((await (await env.editor()).content.list.query()).map((i) => i.id));
});

test.afterAll(async () => {
  await env?.close();
});

test('on the kiosk: "helpful" and a problem with a fixed reason reach the municipality; no free text on a public screen', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: PORTRAIT })).newPage();
  await page.goto(env.url);
  await chooseLanguage(page, 'pl');
  const entry = townArticle('pl');
  await openCategory(page, 'pl', 'housing');
  await openArticle(page, entry);
  const box = screen(page, 'article').getByTestId('feedback');
  await expect(box.getByRole('heading')).toHaveText(workerText('pl', 'feedback.ask'));
  await box.getByRole('button', { name: workerText('pl', 'feedback.yes'), exact: true }).click();
  await expect(box.getByRole('status')).toHaveText(workerText('pl', 'feedback.thanks'));
  await expect.poll(async () => (await feedbackFor(entry.id)).map((f) => [f.source, f.kind, f.language])).toEqual([['kiosk', 'helpful', 'pl']]);

  // The same article again, later: report that it is out of date.
  await startOver(page);
  await chooseLanguage(page, 'ar');
  await openCategory(page, 'ar', 'housing');
  const arabic = env.core.store.entry(entry.id, 'ar', new Date())!;
  await openArticle(page, arabic);
  await box.getByTestId('feedback-report').click();
  await expect(box.locator('textarea')).toHaveCount(0);
  const send = box.getByRole('button', { name: workerText('ar', 'feedback.send') });
  await expect(send).toBeDisabled();
  await box.getByRole('button', { name: workerText('ar', 'feedback.reason.outdated') }).click();
  await send.click();
  await expect(box.getByRole('status')).toHaveText(workerText('ar', 'feedback.thanks'));
  await expect
    .poll(async () => (await feedbackFor(entry.id)).map((f) => [f.kind, f.reason, f.language, f.text]))
    .toContainEqual(['problem', 'outdated', 'ar', null]);
  await page.context().close();
});

test('screenshots of the kiosk’s feedback controls in Dutch, Polish and Arabic, portrait and landscape', async ({ browser }) => {
  for (const [orientation, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]] as const) {
    const page = await (await browser.newContext({ viewport })).newPage();
    await page.goto(env.url);
    for (const language of ['nl', 'pl', 'ar'] as const) {
      await chooseLanguage(page, language);
      await openCategory(page, language, 'housing');
      await openArticle(page, env.core.store.entry(townArticle(language).id, language, new Date())!);
      await page.getByTestId('feedback-report').click();
      await page.locator('[data-reason="wrong_contact"]').click();
      await shoot(page, `kiosk-${orientation}-${language}`);
      await startOver(page);
    }
    await page.context().close();
  }
});

test('on the phone: a problem with a short text is kept while offline and sent when the phone is online again', async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'allow' });
  const phone = await context.newPage();
  const locationId = env.core.location()!.id;
  const entry = townArticle('pl');
  await phone.goto(`${env.hub.url}/app/${locationId}/item/${entry.id}?lang=pl`);
  const box = phone.getByTestId('feedback');
  await expect(box.getByRole('heading')).toHaveText(workerText('pl', 'feedback.ask'));
  await context.setOffline(true);
  await box.getByTestId('feedback-report').click();
  await box.getByRole('button', { name: workerText('pl', 'feedback.reason.wrong_contact') }).click();
  await box.getByLabel(workerText('pl', 'feedback.more')).fill('Numer <b>nie działa</b>');
  await box.getByRole('button', { name: workerText('pl', 'feedback.send') }).click();
  await expect(box.getByRole('status')).toHaveText(workerText('pl', 'feedback.pending'));
  expect((await feedbackFor(entry.id)).filter((f) => f.source === 'phone')).toEqual([]);

  await context.setOffline(false);
  await expect
    .poll(async () => (await feedbackFor(entry.id)).filter((f) => f.source === 'phone').map((f) => [f.reason, f.text, f.language]), { timeout: 15_000 })
    .toEqual([['wrong_contact', 'Numer nie działa', 'pl']]);

  for (const language of ['nl', 'pl', 'ar'] as const) {
    await phone.goto(`${env.hub.url}/app/${locationId}/item/${entry.id}?lang=${language}`);
    await phone.getByTestId('feedback-report').click();
    await phone.locator('[data-reason="language"]').click();
    await shoot(phone, `phone-${language}`);
  }
  await context.close();
});

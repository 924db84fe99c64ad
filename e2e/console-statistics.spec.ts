import { expect, test, type Page } from '@playwright/test';
import { workerText } from '../shared/strings/all';
import { usageDay } from '../shared/usage';
import { DEMO_PASSWORD, demoEmail } from '../main/hub/demo/seed';
import { startKioskEnv, type KioskEnv } from './helpers/kiosk-env';
import { startConsole } from './helpers/console-env';
import { chooseLanguage, openArticle, openCategory, PORTRAIT, screen } from './kiosk-helpers';
import { screenshot, settled, switchUiLanguage } from './console-admin-helpers';

/**
 * Anonymous usage counts end to end: a paired kiosk in Chromium and the phone app opened from a
 * kiosk's QR code count article views; both send them to a real hub; the municipality's statistics
 * page shows the numbers that were sent, in its chart and tables.
 */
test.describe.configure({ mode: 'serial' });

let env: KioskEnv;
test.beforeAll(async () => {
  env = await startKioskEnv();
});
test.afterAll(async () => {
  await env?.close();
});

const KIOSK_VIEWS = 7;
const PHONE_VIEWS = 5;
/** Of the kiosk's views, this many answer "helpful"; the rest "not helpful" (fewer than five: hidden). */
const HELPFUL = 5;

/** A Polish housing article of the municipality itself at the kiosk's location (its feedback goes to the municipality). */
const polishArticle = async () => {
  const townItems = new Set((await (await env.editor()).content.list.query()).map((i) => i.id));
  const entry = env.core.store.feed('pl', new Date()).find((e) => e.category === 'housing' && e.kind === 'article' && e.shownLanguage === 'pl' && townItems.has(e.id));
  if (!entry) throw new Error('The demo data has no Polish housing article of the municipality');
  return entry;
};

async function reportToday() {
  const api = await env.admin();
  const today = usageDay(new Date());
  return api.usage.report.query({ from: today, to: today, locationId: null });
}

test('a kiosk and phones count article views, and the statistics page shows exactly those numbers', async ({ browser }) => {
  const pairing = await env.pairingCode();
  await env.core.pair(env.hub.url, pairing.code);
  const entry = await polishArticle();

  const kiosk = await (await browser.newContext({ viewport: PORTRAIT })).newPage();
  await kiosk.goto(env.url);
  await chooseLanguage(kiosk, 'pl');
  await openCategory(kiosk, 'pl', 'housing');
  for (let i = 0; i < KIOSK_VIEWS; i++) {
    await openArticle(kiosk, entry);
    const feedback = screen(kiosk, 'article').getByTestId('feedback');
    await feedback.getByRole('button', { name: workerText('pl', i < HELPFUL ? 'feedback.yes' : 'feedback.no'), exact: true }).click();
    await expect(feedback.getByRole('status')).toHaveText(workerText('pl', 'feedback.thanks'));
    await kiosk.getByRole('button', { name: workerText('pl', 'back') }).click();
  }
  await kiosk.context().close();
  await expect.poll(() => env.core.sendUsage()).toBeGreaterThan(0);

  // Phones: the article's QR code opens the app; each visit counts, and the app sends when it opens.
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await phoneContext.newPage();
  for (let i = 0; i < PHONE_VIEWS; i++) {
    await phone.goto(`${env.hub.url}/app/${pairing.locationId}/item/${entry.id}?lang=pl&from=kiosk`);
    await expect(phone.locator('.article-title')).toHaveText(entry.title);
    // The marker that says "from a kiosk" leaves the address at once.
    await expect.poll(() => new URL(phone.url()).searchParams.has('from')).toBe(false);
  }
  await phone.goto(`${env.hub.url}/app/${pairing.locationId}?lang=pl`);
  await expect.poll(async () => (await reportToday()).sources[0]?.phone, { timeout: 20_000 }).toBe(PHONE_VIEWS);
  const cookies = await phoneContext.cookies();
  await phoneContext.close();
  expect(cookies).toEqual([]);

  const report = await reportToday();
  expect(report.sources).toEqual([{ day: usageDay(new Date()), kiosk: KIOSK_VIEWS, phone: PHONE_VIEWS }]);
  expect(report.qr.appOpened).toBe(PHONE_VIEWS);
  expect(report.feedback).toEqual([{ itemId: entry.id, title: expect.any(String), helpful: HELPFUL, notHelpful: null, problems: null }]);

  const consoleRun = await startConsole();
  try {
    await consoleRun.core.signIn(env.hub.url, demoEmail('municipality', 'viewer'), DEMO_PASSWORD);
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.addInitScript(() => localStorage.setItem('wegwijs.ui-language', 'nl'));
    await page.goto(`${consoleRun.url}/#/statistics`);
    await settled(page);
    await expect(page.getByRole('heading', { name: 'Statistieken', level: 1 })).toBeVisible();
    await expect(page.getByTestId('small-counts-note')).toContainText('< 5');

    // The bar chart's labels are the counts sent: kiosk and phone, side by side.
    await expect(barLabels(page)).toHaveText([String(KIOSK_VIEWS), String(PHONE_VIEWS)]);
    // The console names an item by its title in the language it was written in.
    const title = env.core.store.entry(entry.id, entry.sourceLanguage, new Date())!.title;
    const row = page.getByTestId('top-items').getByRole('row', { name: new RegExp(escape(title)) });
    await expect(row.getByRole('cell').nth(2)).toHaveText(String(KIOSK_VIEWS + PHONE_VIEWS));
    await expect(page.getByText('App geopend via de QR-code van een kiosk').locator('..')).toContainText(String(PHONE_VIEWS));
    // Helpful / not helpful per item: the kiosk's answers, with the two "not helpful" hidden as "< 5".
    const feedbackRow = page.getByTestId('feedback-per-item').getByRole('row', { name: new RegExp(escape(title)) });
    await expect(feedbackRow.getByRole('cell')).toHaveText([title, String(HELPFUL), '< 5', '< 5']);
    await expect(feedbackRow.getByRole('link', { name: title })).toHaveAttribute('href', `#/item/${entry.id}`);
    await expect(page.getByTestId('feedback-per-item').locator('.feedback-count')).toHaveText([String(HELPFUL)]);
    await screenshot(page, 'statistics-nl-1440-feedback', page.getByTestId('feedback-per-item'));
    await screenshot(page, 'statistics-nl-1440');
    await screenshot(page, 'statistics-nl-1440-views', page.getByTestId('sources-chart'));

    // The export holds exactly what the page shows.
    const download = page.waitForEvent('download');
    await page.getByTestId('statistics-export').click();
    const csv = await (await (await download).createReadStream()).toArray();
    const text = Buffer.concat(csv).toString('utf8');
    expect(text).toContain(`Weergaven van artikelen: kiosk en telefoonapp,${usageDay(new Date())},,Kiosk,${KIOSK_VIEWS}`);
    expect(text).toContain(`Weergaven van artikelen: kiosk en telefoonapp,${usageDay(new Date())},,Telefoonapp,${PHONE_VIEWS}`);
    const titleCell = /[",;]/.test(title) ? `"${title.replace(/"/g, '""')}"` : title;
    expect(text).toContain(`Was dit nuttig? Reacties per item · Nuttig,,,${titleCell},${HELPFUL}`);
    expect(text).toContain(`Was dit nuttig? Reacties per item · Niet nuttig,,,${titleCell},< 5`);

    await switchUiLanguage(page, 'en');
    await expect(page.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible();
    await screenshot(page, 'statistics-en-1440');
    await screenshot(page, 'statistics-en-1440-feedback', page.getByTestId('feedback-per-item'));
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'statistics-en-1280');
    await screenshot(page, 'statistics-en-1280-feedback', page.getByTestId('feedback-per-item'));
    await switchUiLanguage(page, 'nl');
    await screenshot(page, 'statistics-nl-1280');
    await screenshot(page, 'statistics-nl-1280-feedback', page.getByTestId('feedback-per-item'));
    await page.context().close();
  } finally {
    await consoleRun.close();
  }
});

const barLabels = (page: Page) => page.getByTestId('sources-chart').locator('.bar-count');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

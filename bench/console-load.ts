/**
 * The admin console part of `npm run bench`, in Debian's Chromium against a real hub with the
 * demo data and a real desktop core (needs the built screens: `npx electron-vite build`):
 *
 *  - cold start: a fresh browser profile (empty cache) opens the sign-in screen, signs in, and
 *    waits for the dashboard with its figures: navigation start → interactive dashboard.
 *  - warm start: the same, again in the same profile (cached scripts, compiled code).
 *  - bytes per page: the scripts and styles each page loads on top of what was loaded before,
 *    gzipped as a server would send them, and the total over every page.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath } from '../scripts/system-parts.mjs';
import { DEMO_PASSWORD } from '../main/hub/demo/seed';
import { startConsoleEnv } from '../e2e/helpers/console-env';

const RUNS = Number(process.env.RUNS ?? 5);
const EDITOR = 'admin@waalhaven.example';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const summary = (values: number[]) => `median ${median(values).toFixed(0)} ms, min ${Math.min(...values).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms (n=${values.length})`;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Sign-in screen → dashboard with its figures, measured from the page's navigation start. */
async function signInToDashboard(page: Page, url: string, hubUrl: string): Promise<{ signInShown: number; dashboard: number }> {
  await page.goto(url);
  await page.getByLabel('Adres van de server').waitFor();
  const signInShown = await page.evaluate(() => performance.now());
  await page.getByLabel('Adres van de server').fill(hubUrl);
  await page.getByLabel('E-mailadres').fill(EDITOR);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  const clicked = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('heading', { name: 'Overzicht', level: 1 }).waitFor();
  await page.getByTestId('count-pending').waitFor();
  const shown = await page.evaluate(() => performance.now());
  // Typing is the person's time, not the console's.
  return { signInShown, dashboard: signInShown + (shown - clicked) };
}

/** Asset bytes (raw and gzipped) loaded by the page while `step` runs. */
async function bytesDuring(context: BrowserContext, step: () => Promise<void>) {
  const seen: Promise<{ raw: number; gz: number }>[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    if (!/\/assets\/.*\.(js|css)$/.test(new URL(response.url()).pathname)) return;
    seen.push(response.body().then((b) => ({ raw: b.length, gz: gzipSync(b).length })));
  };
  context.on('response', onResponse);
  await step();
  await new Promise((r) => setTimeout(r, 300));
  context.off('response', onResponse);
  const sizes = await Promise.all(seen);
  return { raw: sizes.reduce((s, x) => s + x.raw, 0), gz: sizes.reduce((s, x) => s + x.gz, 0), files: sizes.length };
}

async function main() {
  const env = await startConsoleEnv();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  console.log('', '5. admin console in Chromium (real hub with demo data, real desktop core), 1440×900');
  try {
    const cold: number[] = [];
    const coldSignIn: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await env.openConsole();
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const first = await signInToDashboard(page, run.url, env.hub.url);
      cold.push(first.dashboard);
      coldSignIn.push(first.signInShown);
      await run.core.signOut();
      const again = await signInToDashboard(page, run.url, env.hub.url);
      warm.push(again.dashboard);
      await context.close();
    }
    console.log(`  cold: sign-in screen shown     ${summary(coldSignIn)}`);
    console.log(`  cold: sign-in → dashboard      ${summary(cold)}  (target < 1500 ms)`);
    console.log(`  warm: sign-in → dashboard      ${summary(warm)}`);

    const run = await env.openConsole();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const pages: [string, () => Promise<void>][] = [
      ['sign-in + dashboard', async () => void (await signInToDashboard(page, run.url, env.hub.url))],
      ['content list', async () => void (await page.goto(`${run.url}/#/content`), await page.locator('.MuiDataGrid-row').first().waitFor())],
      ['item editor', async () => void (await page.goto(`${run.url}/#/item/${run.core.store.views()[0]!.id}`), await page.getByTestId('title-nl').waitFor())],
      ['conflicts', async () => void (await page.goto(`${run.url}/#/conflicts`), await page.getByRole('heading', { level: 1 }).waitFor())],
      ['kiosk preview', async () => void (await page.goto(`${run.url}/#/preview`), await page.getByRole('heading', { level: 1 }).waitFor())],
      ['locations', async () => void (await page.goto(`${run.url}/#/locations`), await page.getByRole('heading', { level: 1 }).waitFor())],
      ['kiosks', async () => void (await page.goto(`${run.url}/#/kiosks`), await page.getByRole('heading', { level: 1 }).waitFor())],
      ['users', async () => void (await page.goto(`${run.url}/#/users`), await page.getByRole('heading', { level: 1 }).waitFor())],
      ['activity log', async () => void (await page.goto(`${run.url}/#/audit`), await page.getByRole('heading', { level: 1 }).waitFor())],
    ];
    let total = { raw: 0, gz: 0 };
    console.log('  scripts and styles per page (on top of the pages before it):');
    for (const [name, step] of pages) {
      const b = await bytesDuring(context, step);
      total = { raw: total.raw + b.raw, gz: total.gz + b.gz };
      console.log(`    ${name.padEnd(22)} ${kB(b.gz).padStart(10)} gzipped, ${kB(b.raw).padStart(10)} raw, ${b.files} files`);
    }
    console.log(`  every page together:        ${kB(total.gz).padStart(10)} gzipped, ${kB(total.raw).padStart(10)} raw  (target < 1024 kB gzipped)`);
    await context.close();
  } finally {
    await browser.close();
    await env.close();
  }
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);

/**
 * The kiosk part of `npm run bench`: two timings measured in Debian's Chromium against a real
 * hub and the kiosk's real desktop core (needs the built screens: `npx electron-vite build`).
 *
 *  - start → language screen: from the page's navigation start to the `wegwijs:language-screen`
 *    mark, set after the first frame of the language screen is painted (cold page, warm core).
 *  - tap → next screen painted: from the `wegwijs:tap` mark (pointerdown) to the next
 *    `wegwijs:screen-painted` mark, set after the frame showing the new screen's data.
 *
 * The marks live in kiosk/src/lib/perf.ts.
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumPath } from '../scripts/system-parts.mjs';
import { languageInfo } from '../shared/languages';
import { startKioskEnv } from '../e2e/helpers/kiosk-env';

const RUNS = Number(process.env.RUNS ?? 7);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const summary = (values: number[]) =>
  `median ${median(values).toFixed(0)} ms, min ${Math.min(...values).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms (n=${values.length})`;

async function languageScreenAfter(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => performance.getEntriesByName('wegwijs:language-screen')[0]?.startTime);
  return (await handle.jsonValue()) as number;
}

/** Taps, then waits for the paint mark of the screen the tap led to. */
async function tapToPaint(page: Page, tap: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    performance.clearMarks('wegwijs:tap');
    performance.clearMarks('wegwijs:screen-painted');
  });
  await tap();
  const handle = await page.waitForFunction(() => {
    const tapMark = performance.getEntriesByName('wegwijs:tap').at(-1);
    const painted = performance.getEntriesByName('wegwijs:screen-painted').find((m) => tapMark && m.startTime > tapMark.startTime);
    return tapMark && painted ? painted.startTime - tapMark.startTime : null;
  });
  return (await handle.jsonValue()) as number;
}

async function main() {
  const env = await startKioskEnv();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  console.log('', '4. kiosk screen in Chromium (real hub and kiosk core), portrait 1080×1920');
  try {
    await env.core.pair(env.hub.url, (await env.pairingCode()).code);
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });

    const starts: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(env.url);
      starts.push(await languageScreenAfter(page));
    }

    const taps: Record<string, number[]> = { 'language → home': [], 'home → category': [], 'category → article': [], 'article → back': [] };
    for (let i = 0; i < RUNS; i++) {
      taps['language → home']!.push(await tapToPaint(page, () => page.getByRole('button', { name: languageInfo('pl').nativeName, exact: true }).click()));
      taps['home → category']!.push(await tapToPaint(page, () => page.locator('.tile-housing').click()));
      taps['category → article']!.push(await tapToPaint(page, () => page.locator('.entry').first().click()));
      taps['article → back']!.push(await tapToPaint(page, () => page.locator('.top-bar .bar-button').first().click()));
      await page.locator('.top-bar .language-button').click();
      await page.locator('[data-screen="language"]').waitFor();
    }

    console.log(`start → language screen:     ${summary(starts)}`);
    const all = Object.values(taps).flat();
    console.log(`tap → next screen painted:   ${summary(all)}`);
    for (const [name, values] of Object.entries(taps)) console.log(`  ${name.padEnd(22)} ${summary(values)}`);
  } finally {
    await browser.close();
    await env.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

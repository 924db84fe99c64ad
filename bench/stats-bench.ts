/**
 * Anonymous usage statistics in `npm run bench` (needs the built console: `npx electron-vite build`):
 *
 *  - a day's batch from a busy kiosk: 2,000 article views over 300 items in 8 languages (a fifth
 *    shown in a fallback language), with the language choices, topics, searches, read-aloud and QR
 *    codes that go with them, counted by the kiosk's real store and sealed into one batch: its
 *    size as sent (JSON) and gzipped.
 *  - the console drawing a 90-day statistics page for a municipality with 20 locations, in
 *    Chromium against a real hub and desktop core: from changing the date range to the charts drawn
 *    (and the hub's answer alone).
 *  - the hub ingesting 1,000 kiosks' batches of that size over real HTTP (16 at a time, each with
 *    its own device token), one transaction per batch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../scripts/system-parts.mjs';
import { KioskStore } from '../main/core/kiosk/kiosk-store';
import { UsageCounts } from '../main/core/kiosk/usage-counts';
import { kioskStore } from '../main/hub/data/kiosk-store';
import { deviceStore } from '../main/hub/data/device-store';
import { locationStore } from '../main/hub/data/location-store';
import { ingestUsage } from '../main/hub/data/usage-store';
import type { TenantRef } from '../main/hub/context-types';
import { DEMO_PASSWORD, demoEmail } from '../main/hub/demo/seed';
import { CATEGORIES } from '../shared/categories';
import type { LanguageCode } from '../shared/languages';
import type { UsageBatch, UsageRow } from '../shared/usage';
import { startConsole, startConsoleEnv } from '../e2e/helpers/console-env';
import { hubClient } from '../main/core/hub-client';

const LANGUAGES: LanguageCode[] = ['pl', 'ro', 'bg', 'uk', 'lt', 'en', 'ar', 'pt'];
const KIOSKS = 1_000;
const PARALLEL = 16;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** A deterministic "random" so every run counts the same day. */
function rng(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

/** A busy kiosk's day, counted by its real store and sealed into batches. */
function busyKioskDay(): UsageBatch[] {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-bench-usage-'));
  const store = new KioskStore(join(dir, 'kiosk.db'));
  try {
    const counts = new UsageCounts(store.db);
    const random = rng(42);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() ** 2 * list.length)]!;
    const items = Array.from({ length: 300 }, () => randomUUID());
    const words = Array.from({ length: 60 }, (_, i) => `zoekwoord ${i} ${['huur', 'zorgverzekering', 'loonstrook', 'huisarts'][i % 4]}`);
    for (let visit = 0; visit < 500; visit++) {
      const language = pick(LANGUAGES);
      counts.record({ kind: 'language', language });
      counts.record({ kind: 'qr_shown', language });
      counts.record({ kind: 'category', language, category: pick(CATEGORIES) });
      for (let view = 0; view < 4; view++) counts.record({ kind: 'item', language, itemId: pick(items), fallback: random() < 0.2 });
      if (random() < 0.4) counts.record({ kind: random() < 0.3 ? 'search_empty' : 'search', language, words: pick(words) });
      if (random() < 0.1) counts.record({ kind: 'read_aloud', language, itemId: pick(items) });
    }
    counts.seal();
    return counts.pending();
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  console.log('', '6. anonymous usage statistics');
  const day = busyKioskDay();
  const rows = day.flatMap((b) => b.rows);
  const bodies = day.map((b) => JSON.stringify(b));
  const views = rows.filter((r) => r.kind === 'item').reduce((n, r) => n + r.count, 0);
  const raw = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0);
  const gz = bodies.reduce((n, b) => n + gzipSync(b).length, 0);
  console.log(
    `   a busy kiosk's day (${views} article views, ${rows.length} counted rows, ${day.length} batches): ${kB(raw)} as sent, ${kB(gz)} gzipped, largest batch ${kB(Math.max(...bodies.map((b) => Buffer.byteLength(b))))}`,
  );

  const env = await startConsoleEnv();
  try {
    const deps = env.hub.deps;
    const row = await deps.db.selectFrom('tenants').select(['id', 'kind', 'name']).where('kind', '=', 'municipality').executeTakeFirstOrThrow();
    const tenant: TenantRef = { id: row.id, kind: 'municipality', name: row.name };
    const actor = { id: null, name: 'bench', tenantId: tenant.id };
    const locations = locationStore(deps, tenant, actor);
    for (let i = (await locations.list()).length; i < 20; i++) await locations.create({ name: `Locatie ${i + 1}`, kind: 'housing_site', address: '' });
    const sites = await locations.list();

    // 90 days at 20 locations, then the page in Chromium.
    const random = rng(7);
    const today = new Date();
    const items = Array.from({ length: 40 }, () => randomUUID());
    for (let d = 0; d < 90; d++) {
      const date = new Date(today.getTime() - d * 86_400_000).toISOString().slice(0, 10);
      for (const site of sites) {
        const rows: UsageRow[] = [];
        for (const language of LANGUAGES) {
          rows.push({ day: date, kind: 'language', language, itemId: null, category: null, fallback: false, words: null, count: 1 + Math.floor(random() * 40) });
          for (const itemId of items.slice(0, 5)) rows.push({ day: date, kind: 'item', language, itemId, category: null, fallback: random() < 0.2, words: null, count: 1 + Math.floor(random() * 20) });
        }
        await ingestUsage(deps, { locationId: site.id, source: random() < 0.5 ? 'kiosk' : 'phone', kioskId: null }, { batchId: randomUUID(), rows });
      }
    }
    const consoleRun = await startConsole();
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      await consoleRun.core.signIn(env.hub.url, demoEmail('municipality', 'viewer'), DEMO_PASSWORD);
      const { token } = await hubClient(env.hub.url).auth.login.mutate({ email: demoEmail('municipality', 'viewer'), password: DEMO_PASSWORD });
      const hub = hubClient(env.hub.url, token);
      const answers: number[] = [];
      const range = { from: new Date(today.getTime() - 89 * 86_400_000).toISOString().slice(0, 10), to: today.toISOString().slice(0, 10), locationId: null };
      for (let run = 0; run < 5; run++) {
        const asked = performance.now();
        await hub.usage.report.query(range);
        answers.push(performance.now() - asked);
      }
      const draws: number[] = [];
      for (let run = 0; run < 5; run++) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.addInitScript(() => localStorage.setItem('wegwijs.ui-language', 'nl'));
        await page.goto(`${consoleRun.url}/#/statistics`);
        await page.locator('[data-testid="languages-chart"][data-days="30"] svg').first().waitFor();
        const from = new Date(today.getTime() - 89 * 86_400_000).toISOString().slice(0, 10);
        await page.getByRole('group', { name: 'Van' }).locator('[role="spinbutton"]').first().click();
        // Typing a day and month over the shown date already makes a whole date: timed from the first key.
        const before = performance.now();
        await page.keyboard.type(from.split('-').reverse().join(''));
        await page.locator('[data-testid="languages-chart"][data-days="90"] svg').first().waitFor();
        await page.locator('[data-testid="sources-chart"][data-days="90"] svg').first().waitFor();
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
        draws.push(performance.now() - before);
        await page.close();
      }
      console.log(`   hub answering the 90-day statistics of ${sites.length} locations: median ${median(answers).toFixed(0)} ms (n=${answers.length})`);
      console.log(`   console drawing 90 days for ${sites.length} locations in Chromium (date changed → charts drawn): median ${median(draws).toFixed(0)} ms, min ${Math.min(...draws).toFixed(0)} ms, max ${Math.max(...draws).toFixed(0)} ms (n=${draws.length})`);
    } finally {
      await browser.close();
      await consoleRun.close();
    }

    // 1,000 kiosks, each with its own token, each sending its day over HTTP.
    const tokens: string[] = [];
    for (let i = 0; i < KIOSKS; i++) {
      const { pairing } = await kioskStore(deps, tenant, actor).create(sites[i % sites.length]!.id, `Kiosk ${i}`);
      tokens.push((await deviceStore(deps).pair(pairing.code)).deviceToken);
    }
    /** One kiosk sends its day, batch after batch, as its core does. */
    const send = async (token: string) => {
      const started = performance.now();
      for (const batch of day) {
        const body = JSON.stringify({ ...batch, batchId: randomUUID() });
        // A cut connection is tried again with the same batch id, as the kiosk's core does.
        for (let attempt = 1; ; attempt++) {
          try {
            const res = await fetch(`${env.hub.url}/trpc/usage.kioskBatch`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body,
            });
            if (!res.ok) throw new Error(`The hub answered ${res.status}: ${await res.text()}`);
            break;
          } catch (err) {
            if (attempt === 3 || !(err instanceof TypeError)) throw err;
            retries++;
          }
        }
      }
      return performance.now() - started;
    };
    const times: number[] = [];
    let retries = 0;
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < tokens.length) times.push(await send(tokens[next++]!));
      }),
    );
    const total = performance.now() - started;
    console.log(
      `   hub ingesting ${KIOSKS} kiosks' days over HTTP (${PARALLEL} at a time): ${(total / 1000).toFixed(1)} s in all, ${(KIOSKS / (total / 1000)).toFixed(0)} kiosks/s (${day.length} batches each), median ${median(times).toFixed(0)} ms per kiosk, ${retries} batches sent again after a cut connection`,
    );

  } finally {
    await env.close();
  }
}

await main();

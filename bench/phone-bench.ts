/**
 * The phone part of `npm run bench` (needs the built app: `npm run build`). Printed, never asserted:
 *
 *  - first visit to content on a throttled "slow 4G" profile (Chromium's DevTools preset: 562.5 ms
 *    latency, 1.4 Mbit/s down, 675 kbit/s up), from navigation start to the topic tiles painted;
 *  - JavaScript + CSS transferred on that first visit (gzipped, as the hub sends them);
 *  - repeat open in airplane mode (service worker + IndexedDB) to the tiles;
 *  - bytes of the demo location's bundle in Polish (plain and gzipped);
 *  - hub requests per second for that bundle, without and with If-None-Match (wrk, 16 connections).
 *
 * The hub runs in its own process (`npm run hub -- --demo`), as in production.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { freePort } from '../tests/helpers/free-port';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { hubClient } from '../main/core/hub-client';
import { DEMO_PASSWORD, demoEmail } from '../main/hub/demo/seed';
import { phonePaths } from '../shared/phone-bundle';

const ROOT = resolve(import.meta.dirname, '..');
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.4 * 1_000_000) / 8 * 0.9, uploadThroughput: (675 * 1_000) / 8 * 0.9 };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function startHub() {
  const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-phone-bench-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'main/hub/cli.ts'), '--demo', '--port', String(port), '--data-dir', dataDir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise<void>((ready, fail) => {
    child.stderr.on('data', (chunk: Buffer) => chunk.toString().includes('Wegwijs hub on') && ready());
    child.once('exit', (code) => fail(new Error(`The hub stopped (${code})`)));
  });
  const url = `http://127.0.0.1:${port}`;
  const { token } = await hubClient(url).auth.login.mutate({ email: demoEmail('municipality', 'admin'), password: DEMO_PASSWORD });
  const location = (await hubClient(url, token).locations.list.query()).find((l) => l.name === 'Huisvesting De Lage Weide')!;
  return {
    url,
    locationId: location.id,
    stop() {
      child.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The bytes on the wire for one GET, with the given headers (no decompression). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; bytes: number; etag: string }> {
  return new Promise((done, fail) => {
    request(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => done({ status: res.statusCode ?? 0, bytes, etag: String(res.headers.etag ?? '') }));
    })
      .on('error', fail)
      .end();
  });
}

function wrk(url: string, headers: string[]): string {
  const args = ['-t2', '-c16', '-d5s', ...headers.flatMap((h) => ['-H', h]), url];
  const run = spawnSync('wrk', args, { encoding: 'utf8' });
  if (run.error) return `wrk not found (apt-get install wrk): ${run.error.message}`;
  const perSecond = /Requests\/sec:\s+([\d.]+)/.exec(run.stdout)?.[1];
  const latency = /Latency\s+(\S+)/.exec(run.stdout)?.[1];
  return `${perSecond ?? '?'} req/s (mean latency ${latency ?? '?'})`;
}

async function main() {
  const hub = await startHub();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
  try {
    const appUrl = hub.url + phonePaths.app(hub.locationId, 'pl');
    const bundleUrl = hub.url + phonePaths.bundle(hub.locationId, 'pl');

    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    const types = new Map<string, string>();
    let scriptAndStyle = 0;
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
    cdp.on('Network.loadingFinished', (e) => {
      if (['Script', 'Stylesheet'].includes(types.get(e.requestId) ?? '')) scriptAndStyle += e.encodedDataLength;
    });
    await page.goto(appUrl);
    await page.locator('.tile').first().waitFor();
    const firstVisit = await page.evaluate(() => performance.now());
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
    await cdp.send('Network.emulateNetworkConditions', { ...SLOW_4G, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

    await context.setOffline(true);
    const again = await context.newPage();
    await again.goto(appUrl);
    await again.locator('.tile').first().waitFor();
    const offlineOpen = await again.evaluate(() => performance.now());
    await context.close();

    const plain = await rawGet(bundleUrl, {});
    const gzip = await rawGet(bundleUrl, { 'accept-encoding': 'gzip' });
    console.log(
      [
        '',
        'phone app (Chromium, 390×844, demo location "Huisvesting De Lage Weide")',
        `  first visit to content, slow 4G (562.5 ms, 1.4 Mbit/s): ${firstVisit.toFixed(0)} ms`,
        `  JavaScript + CSS transferred on first visit: ${kb(scriptAndStyle)} (target ≤ 150 KiB gzipped)`,
        `  repeat open in airplane mode to content: ${offlineOpen.toFixed(0)} ms`,
        `  bundle, Polish: ${kb(plain.bytes)} plain, ${kb(gzip.bytes)} gzipped`,
        `  hub, bundle without If-None-Match (gzip): ${wrk(bundleUrl, ['Accept-Encoding: gzip'])}`,
        `  hub, bundle with If-None-Match (304): ${wrk(bundleUrl, ['Accept-Encoding: gzip', `If-None-Match: ${gzip.etag}`])}`,
      ].join('\n'),
    );
  } finally {
    await browser.close();
    hub.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

/**
 * npm run bench -- --engine postgres: the hub on SQLite beside the hub on PostgreSQL, in the same
 * run and on the same data. The data sets are generated once, on SQLite hubs, and moved with
 * copy-to-postgres (timed and verified) into databases of a throwaway PostgreSQL server; then
 *   - merged feed (wrk through nginx with build/nginx/wegwijs-hub.conf): one SQLite hub, one
 *     PostgreSQL instance, two PostgreSQL instances;
 *   - one publish heard by 1,000 subscribed kiosks: one SQLite hub, and two PostgreSQL instances
 *     with half the kiosks on each (the publish on the first);
 *   - initial pull of 10,000 items into the kiosk's real store (KioskCore) from either engine.
 * Without `--engine postgres` it says how to run it and stops: the rest of `npm run bench` runs first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { KioskCore } from '../main/core/kiosk/kiosk-core';
import { copyToPostgres } from '../main/hub/copy-to-postgres';
import { LANGUAGE_CODES } from '../shared/languages';
import { startPostgresCluster } from '../tests/helpers/postgres-cluster';
import { createTestDatabase, type TestDatabase } from '../tests/helpers/test-database';
import { hubBalancerConfig, startNginx } from '../tests/helpers/nginx';
import { startBenchHub, type BenchHub } from './bench-hub';
import { benchFanOut, type FanOutFigures } from './fanout-bench';
import { pairBenchKiosk } from './feed-bench';
import type { DataSet } from './generate';
import { machine } from './report';
import { runWrk, staticTools, type WrkResult } from './static-side-by-side';
import { ms, seconds, table } from './stats';
import { REALISTIC_SIZES } from './texts';

const LANGUAGES = LANGUAGE_CODES.slice(0, 12);
const FEED_SET: DataSet = { items: 2_000, languages: LANGUAGES, sizes: REALISTIC_SIZES };
/** As run.ts's pull set: shorter bodies, so 10,000 items generate in reasonable time. */
const PULL_SET: DataSet = { items: 10_000, languages: LANGUAGES, sizes: { ...REALISTIC_SIZES, bodyChars: 300 } };
const FLEET = 1_000;
const WRK_SECONDS = 5;
const WRK_CONNECTIONS = 16;
/** The bar the issue sets for a publish to reach every kiosk. */
const NOTICE_TARGET_MS = 2_000;

const print = (...lines: string[]) => console.log(lines.join('\n'));
const count = (n: number) => n.toLocaleString('en-US');

interface Copied {
  database: TestDatabase;
  url: string;
  ms: number;
  rows: number;
  ok: boolean;
}

/** The bench hub's data into a new database on the server, with copy-to-postgres as an operator runs it. */
async function copyOver(hub: BenchHub, server: string): Promise<Copied> {
  const database = await createTestDatabase(server);
  const started = performance.now();
  const result = await copyToPostgres({ sqliteFile: join(hub.dataDir, 'hub.db'), postgresUrl: database.url });
  return { database, url: database.url, ms: performance.now() - started, rows: result.checks.reduce((n, c) => n + c.postgresRows, 0), ok: result.ok };
}

/** wrk against feed.merged through nginx balancing `hubs` (the shipped config). */
async function feedThroughNginx(nginxBin: string, wrk: string, hubs: string[], locationId: string, kiosk: Record<string, string>): Promise<WrkResult> {
  const nginx = await startNginx(nginxBin, (dir, port) => hubBalancerConfig(hubs, dir, port));
  try {
    const url = `${nginx.url}/trpc/feed.merged?input=${encodeURIComponent(JSON.stringify({ locationId, language: 'pl' }))}`;
    const target = { url, headers: { ...kiosk, 'accept-encoding': 'gzip' } };
    runWrk(wrk, target, WRK_CONNECTIONS, 1); // warm: every instance builds its feed bytes
    return runWrk(wrk, target, WRK_CONNECTIONS, WRK_SECONDS);
  } finally {
    await nginx.stop();
  }
}

/** A new kiosk pairs and pulls everything into its real store (items and search index, SQLite on disk). */
async function initialPull(url: string, pairingCode: string): Promise<{ ms: number; stored: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-bench-kiosk-'));
  const kiosk = new KioskCore({ dataDir: dir, appVersion: 'bench', pollMs: 3_600_000 });
  try {
    const started = performance.now();
    await kiosk.pair(url, pairingCode);
    const elapsed = performance.now() - started;
    if (!kiosk.state().online) throw new Error('The kiosk could not pull everything from the hub');
    return { ms: elapsed, stored: kiosk.store.items().length };
  } finally {
    await kiosk.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const fanOutRow = (what: string, f: FanOutFigures) => [
  what,
  `${count(f.received)} / ${count(f.streams)}`,
  ms(f.noticeP50),
  ms(f.noticeP99),
  ms(f.noticeMax),
  f.noticeMax <= NOTICE_TARGET_MS && f.received === f.streams ? 'OK' : 'FAIL',
  `${count(f.pulled)}, p99 ${ms(f.pulledP99)}`,
];

async function main() {
  const { values } = parseArgs({ options: { engine: { type: 'string' } }, allowPositionals: true });
  if (values.engine !== 'postgres') {
    print('', 'engine comparison (SQLite beside PostgreSQL, one and two hub instances behind nginx): npm run bench -- --engine postgres');
    return;
  }
  const tools = staticTools();
  if ('missing' in tools) {
    print(`engine comparison skipped: ${tools.missing.join(' and ')} not found`);
    return;
  }
  const cluster = process.env.WEGWIJS_TEST_DATABASE_URL ? null : await startPostgresCluster();
  const server = process.env.WEGWIJS_TEST_DATABASE_URL || cluster?.url;
  if (!server) {
    print("engine comparison skipped: PostgreSQL server binaries not found (install Debian's postgresql)");
    return;
  }
  const hubs: BenchHub[] = [];
  const copies: Copied[] = [];
  const startedAt = performance.now();
  try {
    print('', 'Wegwijs bench: SQLite beside PostgreSQL', ...machine(), `PostgreSQL: ${cluster ? 'a throwaway server on this machine (initdb, fsync off)' : 'WEGWIJS_TEST_DATABASE_URL'}`);
    print('', `generating on SQLite: ${count(FEED_SET.items)} items × ${LANGUAGES.length} languages (feed), ${count(PULL_SET.items)} items × ${LANGUAGES.length} (pull)…`);
    const [feedHub, pullHub] = await Promise.all([startBenchHub(FEED_SET), startBenchHub(PULL_SET)]);
    hubs.push(feedHub, pullHub);
    // Paired and subscribed-to on SQLite: their sessions move with the copy, as a pilot's kiosks' would.
    const kiosk = await pairBenchKiosk(feedHub);
    const fleet = await feedHub.kiosks(FLEET);

    const feedCopy = await copyOver(feedHub, server);
    const pullCopy = await copyOver(pullHub, server);
    copies.push(feedCopy, pullCopy);
    print(
      '',
      'copy-to-postgres (snapshot, migrations, copy in one transaction, verification of every table):',
      table([
        ['set', 'rows', 'time', 'verified'],
        ['feed', count(feedCopy.rows), seconds(feedCopy.ms), feedCopy.ok ? 'ok' : 'DIFFERENT'],
        ['pull', count(pullCopy.rows), seconds(pullCopy.ms), pullCopy.ok ? 'ok' : 'DIFFERENT'],
      ]),
    );

    const [instanceA, instanceB, pullInstance] = await Promise.all([
      startBenchHub(FEED_SET, { database: feedCopy.url, from: feedHub }),
      startBenchHub(FEED_SET, { database: feedCopy.url, from: feedHub }),
      startBenchHub(PULL_SET, { database: pullCopy.url, from: pullHub }),
    ]);
    hubs.push(instanceA, instanceB, pullInstance);

    print('', `1. merged feed (page of 200, language pl, gzip, as its kiosk), wrk -t1 -c${WRK_CONNECTIONS} for ${WRK_SECONDS} s through nginx (build/nginx/wegwijs-hub.conf)`);
    const feeds: [string, WrkResult][] = [
      ['SQLite, one hub', await feedThroughNginx(tools.nginx, tools.wrk, [feedHub.url], feedHub.locationId, kiosk)],
      ['PostgreSQL, one instance', await feedThroughNginx(tools.nginx, tools.wrk, [instanceA.url], feedHub.locationId, kiosk)],
      ['PostgreSQL, two instances', await feedThroughNginx(tools.nginx, tools.wrk, [instanceA.url, instanceB.url], feedHub.locationId, kiosk)],
    ];
    print(table([['hubs', 'req/s', 'p50', 'p99', 'errors'], ...feeds.map(([what, r]) => [what, r.perSecond.toFixed(0), ms(r.p50), ms(r.p99), String(r.errors)])]));

    print('', `2. one publish, ${count(FLEET)} kiosks subscribed (SSE, own socket each); each pulls the change on its notice. Target: every notice within ${seconds(NOTICE_TARGET_MS)}`);
    const editor = feedHub.generated.sample.editorEmail;
    const sqliteFanOut = await benchFanOut(feedHub, fleet, editor);
    const postgresFanOut = await benchFanOut(instanceA, fleet, editor, [instanceB.url]);
    print(
      table([
        ['hubs', 'heard', 'p50', 'p99', 'max', 'target', 'pulled'],
        fanOutRow('SQLite, one hub', sqliteFanOut),
        fanOutRow('PostgreSQL, two instances (publish on the first)', postgresFanOut),
      ]),
    );

    print('', `3. initial pull: a new kiosk (KioskCore) pairs and pulls ${count(PULL_SET.items)} items into its store (items + search index, SQLite on disk)`);
    const pulls: [string, { ms: number; stored: number }][] = [
      ['SQLite', await initialPull(pullHub.url, pullHub.pairingCode)],
      ['PostgreSQL', await initialPull(pullInstance.url, pullHub.pairingCode)],
    ];
    print(table([['hub on', 'items stored', 'time'], ...pulls.map(([what, p]) => [what, count(p.stored), seconds(p.ms)])]));
    print('', `engine comparison total ${seconds(performance.now() - startedAt)}`);
  } finally {
    await Promise.all(hubs.map((h) => h.stop()));
    for (const copy of copies) await copy.database.drop();
    cluster?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

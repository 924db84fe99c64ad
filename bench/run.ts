/**
 * npm run bench: merged-feed latency and throughput over HTTP, the same reads beside nginx serving
 * the same bytes, the feed while an editor writes, live notices to 1,000 and 5,000 kiosks, the
 * first feed after a restart; the kiosk's own core pulling 10,000 items into its real store (search
 * index included), the incremental pull after one edit, and 10,000 more into the store that holds
 * the first 10,000. Prints figures beside their targets; it never fails on timing, only when something breaks.
 */
import { LANGUAGE_CODES } from '../shared/languages';
import { startBenchHub, type BenchHub } from './bench-hub';
import { benchFeed, pairBenchKiosk } from './feed-bench';
import { benchPull } from './pull-bench';
import type { DataSet } from './generate';
import { REALISTIC_SIZES } from './texts';
import { coldLine, dataSet, fanOutLine, feedLines, incrementalPullLine, initialPullLine, machine, morePullLine, sideBySideLines, summary, writesLines } from './report';
import { benchSideBySide, WRK_SECONDS } from './side-by-side-bench';
import { benchFeedUnderWrites } from './feed-writes-bench';
import { benchFanOut, type FanOutFigures } from './fanout-bench';
import { benchColdFeed, type ColdFeed } from './cold-feed-bench';
import { seconds } from './stats';

const LANGUAGES = LANGUAGE_CODES.slice(0, 12);
const FEED_SET: DataSet = { items: 2_000, languages: LANGUAGES, sizes: REALISTIC_SIZES };
/** Shorter bodies than the feed set: 10,000 items with 1,500-character bodies take too long to generate here. */
const PULL_SET: DataSet = { items: 10_000, languages: LANGUAGES, sizes: { ...REALISTIC_SIZES, bodyChars: 300 } };
/** The first feed after a restart, at more sizes than the feed set's. */
const COLD_SETS: DataSet[] = [500, 8_000].map((items) => ({ items, languages: LANGUAGES, sizes: REALISTIC_SIZES }));
const FLEETS = [1_000, 5_000];

const print = (...lines: string[]) => console.log(lines.join('\n'));

/** Starts every hub at once (generating is the slow part, and each hub has its own process), or none. */
async function startHubs(sets: DataSet[]): Promise<BenchHub[]> {
  const started = await Promise.allSettled(sets.map((set) => startBenchHub(set)));
  const hubs = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(hubs.map((h) => h.stop()));
    throw failed.reason;
  }
  return hubs;
}

async function main() {
  print('Wegwijs bench', ...machine(), `languages: ${LANGUAGES.join(' ')}`);
  const startedAt = performance.now();

  print('', 'generating the data sets at once (content stores, parsed mutations, batches of 100)…');
  const hubs = await startHubs([FEED_SET, PULL_SET, ...COLD_SETS]);
  const [feedHub, pullHub, ...coldHubs] = hubs as [BenchHub, BenchHub, ...BenchHub[]];
  try {
    print(dataSet('feed set', FEED_SET, feedHub.generated.ms), dataSet('pull set', PULL_SET, pullHub.generated.ms));
    for (const [i, set] of COLD_SETS.entries()) print(dataSet('cold set', set, coldHubs[i]!.generated.ms));

    const kiosk = await pairBenchKiosk(feedHub);
    print('', `1a. merged feed, one page (the default 200 entries): feed.merged for the location, as its paired kiosk`);
    const feed = await benchFeed(feedHub, LANGUAGES, kiosk);
    print(...feedLines(feed));
    print('', `1b. merged feed, all ${FEED_SET.items} entries in one response (limit ${FEED_SET.items})`);
    const fullFeed = await benchFeed(feedHub, LANGUAGES, kiosk, FEED_SET.items);
    print(...feedLines(fullFeed));

    print('', `1c. the hub beside nginx serving the same bytes (gzip_static), wrk -t1 for ${WRK_SECONDS} s each, language pl`);
    const sideBySide = await benchSideBySide(feedHub, kiosk, FEED_SET.items);
    print(...sideBySideLines(sideBySide));

    print('', '1d. feed pages (wrk, 4 connections cycling through the languages, gzip) while an editor saves one item again and again');
    const paths = LANGUAGES.map((language) => `/trpc/feed.merged?input=${encodeURIComponent(JSON.stringify({ locationId: feedHub.locationId, language }))}`);
    const writes = await benchFeedUnderWrites(feedHub, paths, kiosk);
    print(...writesLines(writes));

    print('', '1e. live notices: kiosks of one location subscribed (SSE, own socket each), one publish; each pulls the change (gzip) on its notice');
    const fanOut: FanOutFigures[] = [];
    const tokens: string[] = [];
    for (const fleet of FLEETS) {
      tokens.push(...(await feedHub.kiosks(fleet - tokens.length)));
      fanOut.push(await benchFanOut(feedHub, tokens, feedHub.generated.sample.editorEmail));
      print(fanOutLine(fanOut.at(-1)!));
    }

    print('', '1f. first feed page after a restart (a new hub process on the same data)');
    const cold: ColdFeed[] = [];
    const coldRuns: [BenchHub, Record<string, string>][] = [
      [coldHubs[0]!, await pairBenchKiosk(coldHubs[0]!)],
      [feedHub, kiosk],
      [coldHubs[1]!, await pairBenchKiosk(coldHubs[1]!)],
    ];
    for (const [hub, device] of coldRuns) {
      cold.push(await benchColdFeed(hub, device));
      print(coldLine(cold.at(-1)!));
      await hub.stop();
    }

    print('', `2. initial pull: KioskCore.pair on a new kiosk pulls into its empty store (items + search index, SQLite on disk)`);
    const pull = await benchPull(pullHub);
    print(initialPullLine(pull));
    print('', '3. incremental pull after an editor fixes one title over HTTP (sync.push, minor edit)', incrementalPullLine(pull));
    print('', `4. the hub gets ${PULL_SET.items.toLocaleString('en-US')} more items; the kiosk pulls them into the store that holds the first ones`, morePullLine(pull));

    print('', 'summary', summary(feed, fullFeed, pull, PULL_SET, { sideBySide, writes, fanOut, cold }), '', `total ${seconds(performance.now() - startedAt)}`);
  } finally {
    await Promise.all(hubs.map((h) => h.stop()));
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

/**
 * npm run bench: merged-feed latency and throughput over HTTP; the kiosk's own core pulling
 * 10,000 items into its real store (search index included), the incremental pull after one edit,
 * and 10,000 more into the store that holds the first 10,000. Prints figures beside their
 * targets; it never fails on timing, only when something breaks.
 */
import { LANGUAGE_CODES } from '../shared/languages';
import { startBenchHub, type BenchHub } from './bench-hub';
import { benchFeed, pairBenchKiosk } from './feed-bench';
import { benchPull } from './pull-bench';
import type { DataSet } from './generate';
import { REALISTIC_SIZES } from './texts';
import { dataSet, feedLines, incrementalPullLine, morePullLine, initialPullLine, machine, summary } from './report';
import { seconds } from './stats';

const LANGUAGES = LANGUAGE_CODES.slice(0, 12);
const FEED_SET: DataSet = { items: 2_000, languages: LANGUAGES, sizes: REALISTIC_SIZES };
/** Shorter bodies than the feed set: 10,000 items with 1,500-character bodies take too long to generate here. */
const PULL_SET: DataSet = { items: 10_000, languages: LANGUAGES, sizes: { ...REALISTIC_SIZES, bodyChars: 300 } };

const print = (...lines: string[]) => console.log(lines.join('\n'));

/** Starts every hub at once (generating is the slow part, and each hub has its own process), or none. */
async function startHubs(sets: DataSet[]): Promise<BenchHub[]> {
  const started = await Promise.allSettled(sets.map(startBenchHub));
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

  print('', 'generating both data sets at once (content stores, parsed mutations, batches of 100)…');
  const [feedHub, pullHub] = (await startHubs([FEED_SET, PULL_SET])) as [BenchHub, BenchHub];
  try {
    print(dataSet('feed set', FEED_SET, feedHub.generated.ms), dataSet('pull set', PULL_SET, pullHub.generated.ms));

    const kiosk = await pairBenchKiosk(feedHub);
    print('', `1a. merged feed, one page (the default 200 entries): feed.merged for the location, as its paired kiosk`);
    const feed = await benchFeed(feedHub, LANGUAGES, kiosk);
    print(...feedLines(feed));
    print('', `1b. merged feed, all ${FEED_SET.items} entries in one response (limit ${FEED_SET.items})`);
    const fullFeed = await benchFeed(feedHub, LANGUAGES, kiosk, FEED_SET.items);
    await feedHub.stop();
    print(...feedLines(fullFeed));

    print('', `2. initial pull: KioskCore.pair on a new kiosk pulls into its empty store (items + search index, SQLite on disk)`);
    const pull = await benchPull(pullHub);
    print(initialPullLine(pull));
    print('', '3. incremental pull after an editor fixes one title over HTTP (sync.push, minor edit)', incrementalPullLine(pull));
    print('', `4. the hub gets ${PULL_SET.items.toLocaleString('en-US')} more items; the kiosk pulls them into the store that holds the first ones`, morePullLine(pull));

    print('', 'summary', summary(feed, fullFeed, pull, PULL_SET), '', `total ${seconds(performance.now() - startedAt)}`);
  } finally {
    await Promise.all([feedHub.stop(), pullHub.stop()]);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

import os from 'node:os';
import type { DataSet } from './generate';
import type { FeedFigures } from './feed-bench';
import { IN_FLIGHT, LOAD_MS, SEQUENTIAL_MAX_MS, SEQUENTIAL_REQUESTS } from './feed-bench';
import type { PullFigures } from './pull-bench';
import { bytes, ms, seconds, table, verdict } from './stats';
import { BENCH_HASH_COST } from './world';

/** What the bench holds the hub to. */
export const TARGET = { feedP50Ms: 10, initialPullMs: 3_000 };

const count = (n: number) => n.toLocaleString('en-US');
const rate = (perSecond: number) => `${perSecond.toFixed(0)} req/s`;

export function machine(): string[] {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  return [
    `machine: ${cpus.length} × ${model}, Node ${process.version}, ${os.platform()} ${os.arch()}, load average ${os.loadavg()[0]!.toFixed(2)}`,
    `setup: users get a cheap password hash (scrypt N=${BENCH_HASH_COST.N}, r=${BENCH_HASH_COST.r}, p=${BENCH_HASH_COST.p});` +
      ' no measured request hashes a password',
    'hub: startHub in its own Node process, SQLite in a temp dir; client: this process, fetch with keep-alive, no compression',
  ];
}

export function dataSet(name: string, set: DataSet, generatedMs: number): string {
  const { titleChars, summaryChars, bodyChars } = set.sizes;
  return (
    `  ${name}: ${count(set.items)} items × ${set.languages.length} languages, ` +
    `title ~${titleChars} / summary ~${summaryChars} / body ~${count(bodyChars)} chars of HTML: ${seconds(generatedMs)}`
  );
}

export function feedLines(feed: FeedFigures): string[] {
  const { sequential: one, load } = feed;
  return [
    `  response: ${count(feed.entries)} entries (${feed.fallbacks} in a fallback language), ${bytes(feed.responseBytes)} each`,
    `  first request (builds the hub's feed cache): ${ms(feed.coldMs)}`,
    `  sequential, ${one.requests} requests cycling through the languages (${SEQUENTIAL_REQUESTS}, fewer if ${SEQUENTIAL_MAX_MS / 1000} s ran out):` +
      ` p50 ${ms(one.p50)}, p99 ${ms(one.p99)}, ${rate(one.perSecond)}`,
    `  ${IN_FLIGHT} in flight for ${LOAD_MS / 1000} s: ${rate(load.perSecond)} (${load.requests} requests), p50 ${ms(load.p50)}, p99 ${ms(load.p99)}`,
  ];
}

export function initialPullLine({ initial }: PullFigures): string {
  const { pages, items } = initial.progress;
  return `  ${seconds(initial.ms)}, ${pages} pages, ${count(items)} items, ${bytes(initial.traffic.responseBytes)} received; replica holds ${count(initial.stored)}`;
}

export function incrementalPullLine({ incremental }: PullFigures): string {
  const { pages, items, tombstones } = incremental.progress;
  return (
    `  ${ms(incremental.ms)}, ${pages} page(s), ${items} item(s), ${tombstones} tombstone(s), ${bytes(incremental.traffic.responseBytes)} received;` +
    ` edit in replica: ${incremental.editSeen ? 'yes' : 'no'}`
  );
}

export function summary(feed: FeedFigures, fullFeed: FeedFigures, pull: PullFigures, pullSet: DataSet): string {
  const { initial, incremental } = pull;
  const initialOk = initial.ms < TARGET.initialPullMs && initial.stored === pullSet.items;
  const onlyTheEdit = incremental.progress.items === 1 && incremental.progress.tombstones === 0 && incremental.editSeen;
  return table([
    ['figure', 'value', 'target', 'verdict'],
    ['feed p50 (warm, one page)', ms(feed.sequential.p50), `< ${TARGET.feedP50Ms} ms`, verdict(feed.sequential.p50 < TARGET.feedP50Ms)],
    ['feed p99 (warm, one page)', ms(feed.sequential.p99), '', ''],
    [`feed throughput (${IN_FLIGHT} in flight)`, rate(feed.load.perSecond), '', ''],
    ['feed page size', bytes(feed.responseBytes), '', ''],
    [`feed p50 / p99, all ${count(fullFeed.entries)} entries`, `${ms(fullFeed.sequential.p50)} / ${ms(fullFeed.sequential.p99)}`, '', ''],
    [`full feed: throughput / size`, `${rate(fullFeed.load.perSecond)} / ${bytes(fullFeed.responseBytes)}`, '', ''],
    [`initial pull, ${count(pullSet.items)} items`, seconds(initial.ms), `< ${TARGET.initialPullMs / 1000} s`, verdict(initialOk)],
    ['initial pull bytes', bytes(initial.traffic.responseBytes), '', ''],
    ['incremental pull items', String(incremental.progress.items), 'only the edited item', verdict(onlyTheEdit)],
    ['incremental pull time / bytes', `${ms(incremental.ms)} / ${bytes(incremental.traffic.responseBytes)}`, '', ''],
  ]);
}

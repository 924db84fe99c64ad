import os from 'node:os';
import type { DataSet } from './generate';
import type { FeedFigures } from './feed-bench';
import { IN_FLIGHT, LOAD_MS, SEQUENTIAL_MAX_MS, SEQUENTIAL_REQUESTS } from './feed-bench';
import type { PullFigures, PullRun } from './pull-bench';
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

const storeLine = (run: PullRun) => `store holds ${count(run.stored)} items, ${count(run.indexed)} indexed texts, ${bytes(run.storeBytes)} on disk`;

export function initialPullLine({ initial }: PullFigures): string {
  return `  ${seconds(initial.ms)} (pairing included); ${storeLine(initial)}`;
}

export function incrementalPullLine({ initial, incremental }: PullFigures): string {
  return `  ${ms(incremental.ms)}; ${incremental.stored - initial.stored} item(s) added; edit in the store: ${incremental.editSeen ? 'yes' : 'no'}`;
}

export function morePullLine({ more }: PullFigures): string {
  return `  ${seconds(more.ms)}; ${storeLine(more)}`;
}

export function summary(feed: FeedFigures, fullFeed: FeedFigures, pull: PullFigures, pullSet: DataSet): string {
  const { initial, incremental, more } = pull;
  const initialOk = initial.ms < TARGET.initialPullMs && initial.stored === pullSet.items;
  const onlyTheEdit = incremental.stored === initial.stored && incremental.editSeen;
  // A page costs the same at any size: the second 10,000 take about as long as the first.
  const moreOk = more.stored === initial.stored + more.added && more.ms < initial.ms * 1.5;
  return table([
    ['figure', 'value', 'target', 'verdict'],
    ['feed p50 (warm, one page)', ms(feed.sequential.p50), `< ${TARGET.feedP50Ms} ms`, verdict(feed.sequential.p50 < TARGET.feedP50Ms)],
    ['feed p99 (warm, one page)', ms(feed.sequential.p99), '', ''],
    [`feed throughput (${IN_FLIGHT} in flight)`, rate(feed.load.perSecond), '', ''],
    ['feed page size', bytes(feed.responseBytes), '', ''],
    [`feed p50 / p99, all ${count(fullFeed.entries)} entries`, `${ms(fullFeed.sequential.p50)} / ${ms(fullFeed.sequential.p99)}`, '', ''],
    [`full feed: throughput / size`, `${rate(fullFeed.load.perSecond)} / ${bytes(fullFeed.responseBytes)}`, '', ''],
    [`initial pull into the kiosk's store, ${count(pullSet.items)} items`, seconds(initial.ms), `< ${TARGET.initialPullMs / 1000} s`, verdict(initialOk)],
    ['kiosk store size', bytes(initial.storeBytes), '', ''],
    ['incremental pull after one edit', ms(incremental.ms), 'only the edited item', verdict(onlyTheEdit)],
    [`${count(more.added)} more into a store holding ${count(initial.stored)}`, seconds(more.ms), 'about the initial pull', verdict(moreOk)],
  ]);
}

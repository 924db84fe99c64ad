import os from 'node:os';
import type { DataSet } from './generate';
import type { FeedFigures } from './feed-bench';
import { IN_FLIGHT, LOAD_MS, SEQUENTIAL_MAX_MS, SEQUENTIAL_REQUESTS } from './feed-bench';
import type { PullFigures, PullRun } from './pull-bench';
import type { SideBySide } from './side-by-side-bench';
import type { FeedUnderWrites } from './feed-writes-bench';
import type { FanOutFigures } from './fanout-bench';
import type { ColdFeed } from './cold-feed-bench';
import { bytes, ms, seconds, table, verdict } from './stats';
import { BENCH_HASH_COST } from './world';

/** What the bench holds the hub to. */
export const TARGET = {
  feedP50Ms: 10,
  initialPullMs: 3_000,
  /** Of nginx's requests per second, serving the same bytes in the same run. */
  nginxShare: 0.5,
  p99At32Ms: 20,
  coldFeedMs: 200,
  noticeP99Ms: 1_000,
  pulledP99Ms: 3_000,
  bytesPerStream: 30 * 1024,
};

const count = (n: number) => n.toLocaleString('en-US');
const rate = (perSecond: number) => `${perSecond.toFixed(0)} req/s`;

export function machine(): string[] {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  return [
    `machine: ${cpus.length} × ${model}, Node ${process.version}, ${os.platform()} ${os.arch()}, load average ${os.loadavg()[0]!.toFixed(2)}`,
    `setup: users get a cheap password hash (scrypt N=${BENCH_HASH_COST.N}, r=${BENCH_HASH_COST.r}, p=${BENCH_HASH_COST.p});` +
      ' no measured request hashes a password',
    'hub: startHub in its own Node process, SQLite in a temp dir; client: this process, fetch with keep-alive (Accept-Encoding: gzip, deflate)',
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

const share = (hub: number, nginx: number) => `${Math.round((hub / nginx) * 100)} %`;

export function sideBySideLines(result: SideBySide): string[] {
  if ('skipped' in result) return [`  ${result.skipped}`];
  return [
    table([
      ['what', 'conns', 'gzip bytes', 'hub req/s', 'hub p99', 'nginx req/s', 'nginx p99', 'hub / nginx'],
      ...result.rows.map((r) => [
        r.what,
        String(r.connections),
        bytes(r.bytes),
        rate(r.hub.perSecond),
        ms(r.hub.p99),
        rate(r.nginx.perSecond),
        ms(r.nginx.p99),
        share(r.hub.perSecond, r.nginx.perSecond) + (r.hub.errors + r.nginx.errors ? ` (${r.hub.errors}/${r.nginx.errors} errors)` : ''),
      ]),
    ])
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n'),
  ];
}

/** How a writer's pace reads in a line. */
export function paceLabel(paceMs: number): string {
  return paceMs ? `a save every ${paceMs >= 1000 ? `${paceMs / 1000} s` : `${paceMs} ms`}` : 'saves back to back';
}

export function writesLines(w: FeedUnderWrites): string[] {
  if ('skipped' in w) return [`  ${w.skipped}`];
  return [
    `  nobody writing:                 ${rate(w.quiet.perSecond)}, p50 ${ms(w.quiet.p50)}, p99 ${ms(w.quiet.p99)}`,
    ...w.rows.map(
      (r) =>
        `  ${paceLabel(r.paceMs).padEnd(30)} ${rate(r.reads.perSecond)}, p50 ${ms(r.reads.p50)}, p99 ${ms(r.reads.p99)} = ${(r.reads.p99 / w.quiet.p99).toFixed(1)}× quiet` +
        ` (${r.writes} saves, ${r.writesPerSecond.toFixed(0)} per second)`,
    ),
  ];
}

export function fanOutLine(f: FanOutFigures): string {
  return (
    `  ${count(f.streams)} streams: ${bytes(f.bytesPerStream)} of hub memory per stream; push ${ms(f.pushMs)};` +
    ` notice received by ${count(f.received)}: p50 ${ms(f.noticeP50)}, p99 ${ms(f.noticeP99)};` +
    ` change pulled by ${count(f.pulled)}: p99 ${ms(f.pulledP99)}`
  );
}

export function coldLine(c: ColdFeed): string {
  return `  ${count(c.items).padStart(6)} items: first page ${ms(c.firstMs)}, first page of a second language ${ms(c.secondMs)}`;
}

export function initialPullLine({ initial }: PullFigures): string {
  return `  ${seconds(initial.ms)} (pairing included); ${storeLine(initial)}`;
}

export function incrementalPullLine({ initial, incremental }: PullFigures): string {
  return `  ${ms(incremental.ms)}; ${incremental.stored - initial.stored} item(s) added; edit in the store: ${incremental.editSeen ? 'yes' : 'no'}`;
}

export function morePullLine({ more }: PullFigures): string {
  return `  ${seconds(more.ms)}; ${storeLine(more)}`;
}

export interface MoreFigures {
  sideBySide: SideBySide;
  writes: FeedUnderWrites;
  fanOut: FanOutFigures[];
  cold: ColdFeed[];
}

function moreRows({ sideBySide, writes, fanOut, cold }: MoreFigures): string[][] {
  const rows: string[][] = [];
  if ('rows' in sideBySide) {
    for (const r of sideBySide.rows) {
      const ratio = r.hub.perSecond / r.nginx.perSecond;
      rows.push([`${r.what}, ${r.connections} conn: hub / nginx`, `${rate(r.hub.perSecond)} / ${rate(r.nginx.perSecond)} = ${share(r.hub.perSecond, r.nginx.perSecond)}`, `≥ ${TARGET.nginxShare * 100} %`, verdict(ratio >= TARGET.nginxShare)]);
      if (r.connections === 32) rows.push([`${r.what}, 32 conn: hub p99`, ms(r.hub.p99), `< ${TARGET.p99At32Ms} ms`, verdict(r.hub.p99 < TARGET.p99At32Ms)]);
    }
  } else {
    rows.push(['hub beside nginx', sideBySide.skipped, '', '']);
  }
  if ('rows' in writes) {
    for (const r of writes.rows) {
      rows.push([`feed p99, ${paceLabel(r.paceMs)} / quiet`, `${ms(r.reads.p99)} / ${ms(writes.quiet.p99)}`, 'within 2×', verdict(r.reads.p99 <= 2 * writes.quiet.p99)]);
    }
  } else {
    rows.push(['feed while an editor writes', writes.skipped, '', '']);
  }
  for (const f of fanOut) {
    rows.push([`fan-out ${count(f.streams)}: memory per stream`, bytes(f.bytesPerStream), `< ${bytes(TARGET.bytesPerStream)}`, verdict(f.bytesPerStream < TARGET.bytesPerStream)]);
    rows.push([`fan-out ${count(f.streams)}: push / notice p99`, `${ms(f.pushMs)} / ${ms(f.noticeP99)}`, `notice < ${TARGET.noticeP99Ms / 1000} s`, verdict(f.noticeP99 < TARGET.noticeP99Ms && f.received === f.streams)]);
    rows.push([`fan-out ${count(f.streams)}: pulled by all, p99`, ms(f.pulledP99), `< ${TARGET.pulledP99Ms / 1000} s`, verdict(f.pulledP99 < TARGET.pulledP99Ms && f.pulled === f.streams)]);
  }
  for (const c of cold) rows.push([`first feed after start, ${count(c.items)} items`, ms(c.firstMs), `< ${TARGET.coldFeedMs} ms`, verdict(c.firstMs < TARGET.coldFeedMs)]);
  return rows;
}

export function summary(feed: FeedFigures, fullFeed: FeedFigures, pull: PullFigures, pullSet: DataSet, more: MoreFigures): string {
  const { initial, incremental, more: morePull } = pull;
  const initialOk = initial.ms < TARGET.initialPullMs && initial.stored === pullSet.items;
  const onlyTheEdit = incremental.stored === initial.stored && incremental.editSeen;
  // A page costs the same at any size: the second 10,000 take about as long as the first.
  const moreOk = morePull.stored === initial.stored + morePull.added && morePull.ms < initial.ms * 1.5;
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
    [`${count(morePull.added)} more into a store holding ${count(initial.stored)}`, seconds(morePull.ms), 'about the initial pull', verdict(moreOk)],
    ...moreRows(more),
  ]);
}

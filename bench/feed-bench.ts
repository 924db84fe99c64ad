import type { LanguageCode } from '../shared/languages';
import type { FeedEntry } from '../shared/merged-feed';
import type { BenchHub } from './bench-hub';
import { countingClient } from './counting-client';
import { concurrent, sequential, timedGet } from './http-load';
import { percentile } from './stats';

export const SEQUENTIAL_REQUESTS = 500;
/** A slow hub gets fewer sequential requests, to keep the whole bench near two minutes. */
export const SEQUENTIAL_MAX_MS = 15_000;
export const IN_FLIGHT = 8;
export const LOAD_MS = 5_000;
const WARM_UP_ROUNDS = 3;

export interface FeedFigures {
  entries: number;
  fallbacks: number;
  responseBytes: number;
  /** The location's first request: builds the hub's feed cache and one language's merge. */
  coldMs: number;
  sequential: { requests: number; p50: number; p99: number; perSecond: number };
  load: { requests: number; seconds: number; perSecond: number; p50: number; p99: number };
}

export async function pairBenchKiosk(hub: BenchHub): Promise<Record<string, string>> {
  const { deviceToken } = await countingClient(hub.url).client.device.pair.mutate({ code: hub.pairingCode });
  return { authorization: `Bearer ${deviceToken}` };
}

/**
 * feed.merged for the location, as its paired kiosk asks for it, in every language in turn:
 * a screen's page (the default 200 entries) or, with `limit`, the whole list at once.
 */
export async function benchFeed(hub: BenchHub, languages: readonly LanguageCode[], headers: Record<string, string>, limit?: number): Promise<FeedFigures> {
  const urls = languages.map(
    (language) => `${hub.url}/trpc/feed.merged?input=${encodeURIComponent(JSON.stringify({ locationId: hub.locationId, language, ...(limit ? { limit } : {}) }))}`,
  );

  const cold = await timedGet(urls[0]!, headers);
  const check = (await (await fetch(urls[1]!, { headers })).json()) as { result: { data: FeedEntry[] } };
  await sequential(urls, headers, WARM_UP_ROUNDS * urls.length);

  const started = performance.now();
  const one = await sequential(urls, headers, SEQUENTIAL_REQUESTS, SEQUENTIAL_MAX_MS);
  const oneSeconds = (performance.now() - started) / 1000;
  const many = await concurrent(urls, headers, IN_FLIGHT, LOAD_MS);

  const oneMs = one.map((s) => s.ms);
  const manyMs = many.samples.map((s) => s.ms);
  return {
    entries: check.result.data.length,
    fallbacks: check.result.data.filter((e) => e.isFallback).length,
    responseBytes: Math.round(one.reduce((sum, s) => sum + s.bytes, 0) / one.length),
    coldMs: cold.ms,
    sequential: { requests: one.length, p50: percentile(oneMs, 50), p99: percentile(oneMs, 99), perSecond: one.length / oneSeconds },
    load: {
      requests: many.samples.length,
      seconds: many.seconds,
      perSecond: many.perSecond,
      p50: percentile(manyMs, 50),
      p99: percentile(manyMs, 99),
    },
  };
}

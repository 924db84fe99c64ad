import type { BenchHub } from './bench-hub';
import { timedGet } from './http-load';

export interface ColdFeed {
  items: number;
  /** The first feed page asked of a hub process that just started on this data. */
  firstMs: number;
  secondMs: number;
}

/** Restarts the hub (a new process on the same data folder) and times its first feed pages. */
export async function benchColdFeed(hub: BenchHub, kiosk: Record<string, string>): Promise<ColdFeed> {
  await hub.restart();
  const url = `${hub.url}/trpc/feed.merged?input=${encodeURIComponent(JSON.stringify({ locationId: hub.locationId, language: 'pl' }))}`;
  const first = await timedGet(url, kiosk);
  const second = await timedGet(url.replace('%22pl%22', '%22ro%22'), kiosk);
  return { items: hub.generated.items, firstMs: first.ms, secondMs: second.ms };
}

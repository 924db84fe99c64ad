import { randomUUID } from 'node:crypto';
import type { BenchHub } from './bench-hub';
import { countingClient } from './counting-client';
import { concurrent } from './http-load';
import { percentile } from './stats';
import { PASSWORD } from './world';

export interface LoadFigures {
  perSecond: number;
  p50: number;
  p99: number;
}

export interface FeedUnderWrites {
  quiet: LoadFigures;
  busy: LoadFigures;
  writes: number;
  writesPerSecond: number;
}

const READERS = 4;
const MS = 4_000;

/**
 * Feed pages read by `READERS` clients, first with nobody writing, then while an editor saves
 * the same item over and over (sync.push over HTTP, one change waiting for the last).
 */
export async function benchFeedUnderWrites(hub: BenchHub, urls: string[], kiosk: Record<string, string>): Promise<FeedUnderWrites> {
  const figures = (load: Awaited<ReturnType<typeof concurrent>>): LoadFigures => {
    const ms = load.samples.map((s) => s.ms);
    return { perSecond: load.perSecond, p50: percentile(ms, 50), p99: percentile(ms, 99) };
  };
  const quiet = figures(await concurrent(urls, kiosk, READERS, MS));

  const { itemId, editorEmail } = hub.generated.sample;
  const anonymous = countingClient(hub.url).client;
  const { token } = await anonymous.auth.login.mutate({ email: editorEmail, password: PASSWORD });
  const editor = countingClient(hub.url, token).client;
  // The item's revision now: the pull bench may have edited it already.
  let revision = (await editor.sync.pull.query({ since: 0, limit: 1_000 })).items.find((i) => i.id === itemId)!.revision;
  let writing = true;
  let writes = 0;
  const started = performance.now();
  const writer = (async () => {
    while (writing) {
      const result = (
        await editor.sync.push.mutate({
          mutations: [{ mutationId: randomUUID(), type: 'item.update', itemId, baseRevision: revision, translations: { nl: { title: `Huur betalen ${writes}` } }, minor: true }],
        })
      ).results[0];
      if (result?.status !== 'applied' || !result.item) throw new Error(`A write was not applied: ${JSON.stringify(result)}`);
      revision = result.item.revision;
      writes++;
    }
  })();
  const busy = figures(await concurrent(urls, kiosk, READERS, MS));
  writing = false;
  await writer;
  return { quiet, busy, writes, writesPerSecond: writes / ((performance.now() - started) / 1000) };
}

import { randomUUID } from 'node:crypto';
import type { BenchHub } from './bench-hub';
import { countingClient } from './counting-client';
import { runWrkRotating, staticTools, type WrkResult } from './static-side-by-side';
import { PASSWORD } from './world';

export interface WritesRow {
  /** Milliseconds between the starts of two saves; 0: the next save as soon as the last is answered. */
  paceMs: number;
  reads: WrkResult;
  writes: number;
  writesPerSecond: number;
}

export type FeedUnderWrites = { quiet: WrkResult; rows: WritesRow[] } | { skipped: string };

const READERS = 4;
const SECONDS = 4;
/** Once a second (an editor saving now and then), ten a second, and as fast as the hub takes them. */
const PACES_MS = [1_000, 100, 0];

/**
 * Feed pages read by `READERS` connections (wrk, cycling through the languages), first with
 * nobody writing, then while an editor saves the same item again and again (sync.push over HTTP,
 * one save waiting for the last) at each pace. Every save changes the item's place and its entry
 * in every language, so every page the readers ask for is made again after it.
 */
export async function benchFeedUnderWrites(hub: BenchHub, paths: string[], kiosk: Record<string, string>): Promise<FeedUnderWrites> {
  const tools = staticTools();
  if ('missing' in tools) return { skipped: `not measured: ${tools.missing.join(' and ')} not found (npm run system-parts installs them as root)` };
  const read = (seconds = SECONDS) => runWrkRotating(tools.wrk, { url: hub.url, headers: { ...kiosk, 'accept-encoding': 'gzip' } }, paths, READERS, seconds);
  await read(1); // every page made and compressed once, as on a hub that has been serving for a while
  const quiet = await read();

  const { itemId, editorEmail } = hub.generated.sample;
  const { token } = await countingClient(hub.url).client.auth.login.mutate({ email: editorEmail, password: PASSWORD });
  const editor = countingClient(hub.url, token).client;
  // The item's revision now: the pull bench may have edited it already.
  let revision = (await editor.sync.pull.query({ since: 0, limit: 1_000 })).items.find((i) => i.id === itemId)!.revision;
  const rows: WritesRow[] = [];
  for (const paceMs of PACES_MS) {
    let writing = true;
    let writes = 0;
    const started = performance.now();
    const writer = (async () => {
      while (writing) {
        const begun = performance.now();
        const result = (
          await editor.sync.push.mutate({
            mutations: [{ mutationId: randomUUID(), type: 'item.update', itemId, baseRevision: revision, translations: { nl: { title: `Huur betalen ${writes}` } }, minor: true }],
          })
        ).results[0];
        if (result?.status !== 'applied' || !result.item) throw new Error(`A write was not applied: ${JSON.stringify(result)}`);
        revision = result.item.revision;
        writes++;
        const wait = paceMs - (performance.now() - begun);
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
    })();
    const reads = await read();
    writing = false;
    await writer;
    rows.push({ paceMs, reads, writes, writesPerSecond: writes / ((performance.now() - started) / 1000) });
  }
  return { quiet, rows };
}

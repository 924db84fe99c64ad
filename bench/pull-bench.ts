import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublishedItem } from '../shared/sync';
import { Replica, pullUntilCurrent, type PullProgress } from '../main/core/replica';
import type { BenchHub } from './bench-hub';
import { countingClient, type Traffic } from './counting-client';
import { PASSWORD } from './world';

export const PULL_PAGE = 1_000;

export interface PullRun {
  ms: number;
  progress: PullProgress;
  traffic: Traffic;
}

export interface PullFigures {
  initial: PullRun & { stored: number };
  incremental: PullRun & { editSeen: boolean };
}

/** Times `pullUntilCurrent` and counts what crossed the wire while it ran. */
async function timedPull(replica: Replica<PublishedItem>, kiosk: ReturnType<typeof countingClient>): Promise<PullRun> {
  const before = { ...kiosk.traffic };
  const started = performance.now();
  const progress = await pullUntilCurrent(replica, async (since, until) => {
    const page = await kiosk.client.sync.pull.query({ since, until, limit: PULL_PAGE });
    if (page.kind !== 'published') throw new Error(`A kiosk should pull the published feed, got ${page.kind}`);
    return page;
  });
  const ms = performance.now() - started;
  const traffic = { requests: kiosk.traffic.requests - before.requests, responseBytes: kiosk.traffic.responseBytes - before.responseBytes };
  return { ms, progress, traffic };
}

/**
 * A freshly paired kiosk pulls everything into an empty replica; then an editor fixes one title
 * over HTTP and the kiosk pulls again from its cursor.
 */
export async function benchPull(hub: BenchHub): Promise<PullFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-bench-replica-'));
  const replica = new Replica<PublishedItem>(join(dir, 'replica.db'));
  try {
    const anonymous = countingClient(hub.url).client;
    const { deviceToken } = await anonymous.device.pair.mutate({ code: hub.pairingCode });
    const kiosk = countingClient(hub.url, deviceToken);

    const initial = await timedPull(replica, kiosk);
    const stored = replica.count();

    const { itemId, revision, editorEmail } = hub.generated.sample;
    const { token } = await anonymous.auth.login.mutate({ email: editorEmail, password: PASSWORD });
    const title = `Huur betalen: zo werkt het (bijgewerkt ${new Date().toISOString()})`;
    const pushed = await countingClient(hub.url, token).client.sync.push.mutate({
      mutations: [
        { mutationId: randomUUID(), type: 'item.update', itemId, baseRevision: revision, translations: { nl: { title } }, minor: true },
      ],
    });
    const result = pushed.results[0];
    if (result?.status !== 'applied') throw new Error(`The edit was not applied: ${JSON.stringify(result)}`);

    const incremental = await timedPull(replica, kiosk);
    const editSeen = replica.get(itemId)?.translations.nl?.title === title;
    return { initial: { ...initial, stored }, incremental: { ...incremental, editSeen } };
  } finally {
    replica.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

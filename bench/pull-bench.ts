import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublishedItem } from '../shared/sync';
import { Replica, pullUntilCurrent, type PullProgress } from '../main/core/replica';
import { fetchPublishedPage } from '../main/core/kiosk/published-pull';
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

/**
 * Times `pullUntilCurrent` the way the kiosk core pulls: its first pull and bulk pages come from
 * GET /sync/published (stored JSON passed through), the same pages `sync.pull` gives over tRPC.
 */
async function timedPull(replica: Replica<PublishedItem>, hubUrl: string, deviceToken: string): Promise<PullRun> {
  const traffic: Traffic = { requests: 0, responseBytes: 0 };
  const counting: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    traffic.requests++;
    traffic.responseBytes += Number(res.headers.get('content-length') ?? 0);
    return res;
  };
  const started = performance.now();
  const progress = await pullUntilCurrent(replica, (since, until) => fetchPublishedPage(hubUrl, deviceToken, { since, until, limit: PULL_PAGE }, counting));
  return { ms: performance.now() - started, progress, traffic };
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
    const initial = await timedPull(replica, hub.url, deviceToken);
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

    const incremental = await timedPull(replica, hub.url, deviceToken);
    const editSeen = replica.get(itemId)?.translations.nl?.title === title;
    return { initial: { ...initial, stored }, incremental: { ...incremental, editSeen } };
  } finally {
    replica.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

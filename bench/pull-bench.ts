import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KioskCore } from '../main/core/kiosk/kiosk-core';
import type { BenchHub } from './bench-hub';
import { countingClient } from './counting-client';
import { PASSWORD } from './world';

export interface PullRun {
  ms: number;
  /** Items in the kiosk's store afterwards, and the texts in its search index. */
  stored: number;
  indexed: number;
  storeBytes: number;
}

export interface PullFigures {
  initial: PullRun;
  incremental: PullRun & { editSeen: boolean };
  /** As many items again, pulled into the store that holds the first ones. */
  more: PullRun & { added: number };
}

/**
 * Times the kiosk's own desktop core against the bench hub: pairing pulls everything into its
 * real store (items and search index, SQLite on disk), an editor fixes one title over HTTP and the
 * kiosk syncs again, then the hub gets as many items again and the kiosk pulls them into the
 * store that already holds the first ones.
 */
export async function benchPull(hub: BenchHub): Promise<PullFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-bench-kiosk-'));
  const kiosk = new KioskCore({ dataDir: dir, appVersion: 'bench', pollMs: 3_600_000 });
  const figures = (ms: number): PullRun => {
    kiosk.store.db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      ms,
      stored: kiosk.store.items().length,
      indexed: (kiosk.store.db.prepare('SELECT COUNT(*) AS n FROM search_rows').get() as { n: number }).n,
      storeBytes: statSync(join(dir, 'kiosk.db')).size,
    };
  };
  const timed = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    const ms = performance.now() - started;
    if (!kiosk.state().online) throw new Error('The kiosk could not pull everything from the hub');
    return ms;
  };
  try {
    const { itemId, revision, editorEmail } = hub.generated.sample;
    const { token } = await countingClient(hub.url).client.auth.login.mutate({ email: editorEmail, password: PASSWORD });

    const initial = figures(await timed(() => kiosk.pair(hub.url, hub.pairingCode)));

    const title = `Huur betalen: zo werkt het (bijgewerkt ${new Date().toISOString()})`;
    const edit = { mutationId: randomUUID(), type: 'item.update' as const, itemId, baseRevision: revision, translations: { nl: { title } }, minor: true };
    const editor = countingClient(hub.url, token).client;
    // A keep-alive socket the hub closed while this process was busy writing the store can fail
    // the first request; the same change id makes sending it again safe.
    const pushed = await editor.sync.push.mutate({ mutations: [edit] }).catch(() => editor.sync.push.mutate({ mutations: [edit] }));
    const result = pushed.results[0];
    if (result?.status !== 'applied') throw new Error(`The edit was not applied: ${JSON.stringify(result)}`);
    const incremental = figures(await timed(() => kiosk.syncNow()));
    const editSeen = kiosk.store.items().find((i) => i.id === itemId)?.translations.nl?.title === title;

    const added = (await hub.generateMore(hub.generated.items)).items;
    const more = figures(await timed(() => kiosk.syncNow()));
    return { initial, incremental: { ...incremental, editSeen }, more: { ...more, added } };
  } finally {
    await kiosk.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The hub under test, in its own Node process as in production, so the load generator does
 * not share its event loop. Started by bench-hub.ts: it builds the world and the data set
 * through the stores (or, with `reopen`, opens a data dir built before, as a restarted hub),
 * then serves HTTP until its parent says `close` or goes away.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import { join } from 'node:path';
import { startHub } from '../main/hub/server';
import { kioskStore } from '../main/hub/data/kiosk-store';
import { deviceStore } from '../main/hub/data/device-store';
import { BENCH_HASH_COST, buildWorld, type BenchWorld } from './world';
import { generateItems, type DataSet } from './generate';
import type { HubReady, HubRequest } from './bench-hub';

async function main(dataDir: string, set: DataSet, reopen: boolean) {
  // Pairing codes outlive the bench's slow set-up (generating on a busy machine can take longer than 15 minutes).
  const hub = await startHub({ dataDir, port: 0, settings: { hashCost: BENCH_HASH_COST, pairingCodeTtlMs: 24 * 60 * 60_000 } });
  const saved = join(dataDir, 'bench-world.json');
  let world: BenchWorld;
  let ready: Omit<HubReady, 'url'>;
  if (reopen) {
    ({ world, ready } = JSON.parse(readFileSync(saved, 'utf8')) as { world: BenchWorld; ready: Omit<HubReady, 'url'> });
  } else {
    world = await buildWorld(hub.deps);
    const generated = await generateItems(hub.deps, world.layers, set);
    // Start the measurements from a checkpointed WAL, as a hub that has been running a while would be.
    if (hub.database.engine === 'sqlite') await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(hub.deps.db);
    ready = { locationId: world.locationId, pairingCode: world.pairingCode, generated };
    writeFileSync(saved, JSON.stringify({ world, ready }));
  }

  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await hub.close();
    process.exit(0);
  };
  process.on('message', (m: HubRequest) => {
    if (m === 'close') return void close();
    if (typeof m === 'number') return void generateItems(hub.deps, world.layers, { ...set, items: m }).then((generated) => process.send!(generated));
    // A forced collection makes resident memory shrink unevenly (negative deltas): read it as it is.
    if (m === 'memory') return void process.send!({ rss: process.memoryUsage().rss });
    // More kiosks at the location, paired through the stores: the fan-out bench's fleet.
    const kiosks = kioskStore(hub.deps, world.town.tenant, world.town.admin);
    const devices = deviceStore(hub.deps);
    void (async () => {
      const tokens: string[] = [];
      for (let i = 0; i < m.kiosks; i++) tokens.push((await devices.pair((await kiosks.create(world.locationId, `Bench kiosk ${i}`)).pairing.code)).deviceToken);
      process.send!({ tokens });
    })();
  });
  process.on('disconnect', () => void close());
  process.send!({ url: hub.url, ...ready } satisfies HubReady);
}

const [dataDir, set, mode] = [process.argv[2]!, JSON.parse(process.argv[3]!) as DataSet, process.argv[4]];
main(dataDir, set, mode === 'reopen').catch((err) => {
  console.error(err);
  process.exit(1);
});

/**
 * The hub under test, in its own Node process as in production, so the load generator does
 * not share its event loop. Started by bench-hub.ts: it builds the world and the data set
 * through the stores, then serves HTTP until its parent says `close` or goes away.
 */
import { startHub } from '../main/hub/server';
import { BENCH_HASH_COST, buildWorld } from './world';
import { generateItems, type DataSet } from './generate';
import type { HubReady, HubRequest } from './bench-hub';

async function main(dataDir: string, set: DataSet) {
  const hub = await startHub({ dataDir, port: 0, settings: { hashCost: BENCH_HASH_COST } });
  const world = await buildWorld(hub.deps);
  const generated = generateItems(hub.deps, world.layers, set);
  // Start the measurements from a checkpointed WAL, as a hub that has been running a while would be.
  hub.deps.db.pragma('wal_checkpoint(TRUNCATE)');

  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await hub.close();
    process.exit(0);
  };
  process.on('message', (m: HubRequest) => {
    if (m === 'close') void close();
    else process.send!(generateItems(hub.deps, world.layers, { ...set, items: m }));
  });
  process.on('disconnect', () => void close());

  const ready: HubReady = { url: hub.url, locationId: world.locationId, pairingCode: world.pairingCode, generated };
  process.send!(ready);
}

const [dataDir, set] = [process.argv[2]!, JSON.parse(process.argv[3]!) as DataSet];
main(dataDir, set).catch((err) => {
  console.error(err);
  process.exit(1);
});

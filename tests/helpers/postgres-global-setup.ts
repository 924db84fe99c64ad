/**
 * Vitest global setup of the "hub-postgres" project: points WEGWIJS_TEST_DATABASE_URL at a
 * throwaway PostgreSQL server for the run (or keeps the server the developer named) and removes
 * it at the end, also when the run is interrupted.
 */
import { startPostgresCluster } from './postgres-cluster';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.WEGWIJS_TEST_DATABASE_URL) return undefined;
  const cluster = await startPostgresCluster();
  // vitest.config.ts only defines this project when the binaries or a server URL exist.
  if (!cluster) throw new Error('PostgreSQL server binaries disappeared between loading the config and starting the tests');
  process.env.WEGWIJS_TEST_DATABASE_URL = cluster.url;
  const onSignal = (signal: NodeJS.Signals) => {
    cluster.stop();
    // Only ours was listening: end the way the signal would have without us.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.once('exit', cluster.stop);
  for (const signal of SIGNALS) process.once(signal, onSignal);
  return () => {
    cluster.stop();
    delete process.env.WEGWIJS_TEST_DATABASE_URL;
    process.off('exit', cluster.stop);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
}

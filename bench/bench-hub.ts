import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSet, Generated } from './generate';

export interface HubReady {
  url: string;
  locationId: string;
  pairingCode: string;
  generated: Generated;
}
/** `close`, or a number: generate that many more items (the hub answers with `Generated`). */
export type HubRequest = 'close' | number;

export interface BenchHub extends HubReady {
  /** Writes `items` more items of the same data set through the hub's write path. */
  generateMore(items: number): Promise<Generated>;
  stop(): Promise<void>;
}

/**
 * Starts hub-process.ts on a fresh temp data dir with `set` generated in it. With BENCH_CPU_PROF=<dir>
 * the hub writes a CPU profile there when it stops (open it in Chrome DevTools).
 */
export async function startBenchHub(set: DataSet): Promise<BenchHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-bench-'));
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
  const child = fork(fileURLToPath(new URL('./hub-process.ts', import.meta.url)), [dataDir, JSON.stringify(set)], {
    execArgv: ['--import', import.meta.resolve('tsx'), ...profile],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  /** The hub closes cleanly (lets requests finish, closes its database), then its data dir goes. */
  const cleanUp = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.send('close' satisfies HubRequest);
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const ready = await new Promise<HubReady>((resolve, reject) => {
      child.once('message', (m) => resolve(m as HubReady));
      child.once('exit', (code) => reject(new Error(`The bench hub exited with code ${code} before it was ready`)));
    });
    const generateMore = (items: number) =>
      new Promise<Generated>((resolve) => {
        child.once('message', (m) => resolve(m as Generated));
        child.send(items satisfies HubRequest);
      });
    return { ...ready, generateMore, stop: cleanUp };
  } catch (err) {
    await cleanUp();
    throw err;
  }
}

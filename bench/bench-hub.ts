import { fork, type ChildProcess } from 'node:child_process';
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
/** `close`, `memory`, more kiosks, or a number: generate that many more items (the hub answers with `Generated`). */
export type HubRequest = 'close' | 'memory' | number | { kiosks: number };

export interface BenchHub extends HubReady {
  /** Writes `items` more items of the same data set through the hub's write path. */
  generateMore(items: number): Promise<Generated>;
  /** Stops the hub and starts a new process on the same data: a hub right after a restart. */
  restart(): Promise<void>;
  /** Adds `n` kiosks at the location, each paired: their device tokens. */
  kiosks(n: number): Promise<string[]>;
  /** The hub process's resident memory in bytes. */
  memory(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts hub-process.ts on a fresh temp data dir with `set` generated in it. With BENCH_CPU_PROF=<dir>
 * the hub writes a CPU profile there when it stops (open it in Chrome DevTools).
 */
export async function startBenchHub(set: DataSet): Promise<BenchHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-bench-'));
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
  let child: ChildProcess;
  let exited: Promise<void>;

  const launch = async (mode: 'fresh' | 'reopen'): Promise<HubReady> => {
    child = fork(fileURLToPath(new URL('./hub-process.ts', import.meta.url)), [dataDir, JSON.stringify(set), mode], {
      execArgv: ['--import', import.meta.resolve('tsx'), ...profile],
    });
    const current = child;
    exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
    return new Promise<HubReady>((resolve, reject) => {
      current.once('message', (m) => resolve(m as HubReady));
      current.once('exit', (code) => reject(new Error(`The bench hub exited with code ${code} before it was ready`)));
    });
  };
  const ask = <T>(request: HubRequest) => {
    const current = child;
    const answer = new Promise<T>((resolve) => current.once('message', (m) => resolve(m as T)));
    current.send(request);
    return answer;
  };
  /** The hub closes cleanly (lets requests finish, closes its database). */
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.send('close' satisfies HubRequest);
      await exited;
    }
  };
  const cleanUp = async () => {
    await close();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const ready = await launch('fresh');
    const hub: BenchHub = {
      ...ready,
      async restart() {
        await close();
        Object.assign(hub, await launch('reopen'));
      },
      generateMore: (items) => ask<Generated>(items),
      kiosks: (n) => ask<{ tokens: string[] }>({ kiosks: n }).then((m) => m.tokens),
      memory: () => ask<{ rss: number }>('memory').then((m) => m.rss),
      stop: cleanUp,
    };
    return hub;
  } catch (err) {
    await cleanUp();
    throw err;
  }
}

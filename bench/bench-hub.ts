import { fork, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSet, Generated } from './generate';

/** What hub-process.ts saves of the world it built, so a restarted hub or another instance can serve it. */
export const WORLD_FILE = 'bench-world.json';

export interface HubReady {
  url: string;
  locationId: string;
  pairingCode: string;
  generated: Generated;
}
/** `close`, `memory`, more kiosks, or a number: generate that many more items (the hub answers with `Generated`). */
export type HubRequest = 'close' | 'memory' | number | { kiosks: number };

export interface BenchHub extends HubReady {
  /** The hub's data folder: hub.db on SQLite, and the world the bench built (bench-world.json). */
  dataDir: string;
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

export interface BenchHubOn {
  /** A PostgreSQL database holding a copy of `from`'s data (copy-to-postgres): the hub opens it instead of generating. */
  database: string;
  from: BenchHub;
}

/**
 * Starts hub-process.ts on a fresh temp data dir with `set` generated in it, or, with `on`, a hub
 * instance on a PostgreSQL copy of another bench hub's data (start several for several instances).
 * With BENCH_CPU_PROF=<dir> the hub writes a CPU profile there when it stops (open it in Chrome DevTools).
 */
export async function startBenchHub(set: DataSet, on?: BenchHubOn): Promise<BenchHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-bench-'));
  if (on) copyFileSync(join(on.from.dataDir, WORLD_FILE), join(dataDir, WORLD_FILE));
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
  let child: ChildProcess;
  let exited: Promise<void>;

  const launch = async (mode: 'fresh' | 'reopen'): Promise<HubReady> => {
    child = fork(fileURLToPath(new URL('./hub-process.ts', import.meta.url)), [dataDir, JSON.stringify(set), mode, ...(on ? [on.database] : [])], {
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
    const ready = await launch(on ? 'reopen' : 'fresh');
    const hub: BenchHub = {
      ...ready,
      dataDir,
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

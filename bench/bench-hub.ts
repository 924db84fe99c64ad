import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
export type HubRequest = 'close' | { kiosks: number };

export interface BenchHub extends HubReady {
  /** The hub process, for its memory. */
  pid: number;
  /** Stops the hub and starts a new process on the same data: a hub right after a restart. */
  restart(): Promise<void>;
  /** Adds `n` kiosks at the location, each paired: their device tokens. */
  kiosks(n: number): Promise<string[]>;
  stop(): Promise<void>;
}

/** The hub process's resident memory in bytes (Linux), or NaN where /proc is absent. */
export function residentBytes(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kb ? Number(kb[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
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
      pid: child!.pid!,
      async restart() {
        await close();
        Object.assign(hub, await launch('reopen'), { pid: child.pid! });
      },
      kiosks(n) {
        const current = child;
        const answer = new Promise<string[]>((resolve) => current.once('message', (m) => resolve((m as { tokens: string[] }).tokens)));
        current.send({ kiosks: n } satisfies HubRequest);
        return answer;
      },
      stop: cleanUp,
    };
    return hub;
  } catch (err) {
    await cleanUp();
    throw err;
  }
}

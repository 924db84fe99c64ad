import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * A running hub holds `hub.lock` in its data folder (its process id and host). A restore, or a
 * second hub, refuses to touch a database whose lock names a process that is still alive; a lock
 * left behind by a killed hub names a dead process and is taken over.
 */
export interface HubLockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

export class HubLockedError extends Error {}

export const lockFile = (dataDir: string) => join(dataDir, 'hub.lock');

export function lockHolder(dataDir: string): HubLockHolder | null {
  let holder: HubLockHolder;
  try {
    holder = JSON.parse(readFileSync(lockFile(dataDir), 'utf8')) as HubLockHolder;
  } catch {
    return null;
  }
  return isAlive(holder) ? holder : null;
}

function isAlive(holder: HubLockHolder): boolean {
  // Another machine's hub on a shared folder cannot be probed: count it as alive.
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function describeHolder(holder: HubLockHolder, dataDir: string): string {
  return `A hub (process ${holder.pid} on ${holder.host}, started ${holder.startedAt}) is using ${dataDir}. Stop it first; if it is really gone, delete ${lockFile(dataDir)}.`;
}

/** Takes the lock for this process; returns the function that releases it. */
export function acquireHubLock(dataDir: string, now: Date): () => void {
  const holder = lockHolder(dataDir);
  if (holder && !(holder.pid === process.pid && holder.host === hostname())) throw new HubLockedError(describeHolder(holder, dataDir));
  const mine: HubLockHolder = { pid: process.pid, host: hostname(), startedAt: now.toISOString() };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(lockFile(dataDir), JSON.stringify(mine));
  return () => {
    try {
      const current = JSON.parse(readFileSync(lockFile(dataDir), 'utf8')) as HubLockHolder;
      if (current.pid === mine.pid && current.startedAt === mine.startedAt) rmSync(lockFile(dataDir), { force: true });
    } catch {
      // Already gone.
    }
  };
}

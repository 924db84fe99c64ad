import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * A running hub holds `hub.lock` in its data folder (its process id and host) and touches it every
 * few seconds. A restore, or a second hub, refuses to touch a database whose lock names a process
 * that is still alive; a lock left behind by a killed hub names a dead process (or, from another
 * machine or container, has not been touched for a while) and is taken over.
 */
export interface HubLockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

export class HubLockedError extends Error {}

export const lockFile = (dataDir: string) => join(dataDir, 'hub.lock');

/** How often a running hub touches its lock, and after how long without a touch a foreign lock is stale. */
export const LOCK_TOUCH_MS = 5_000;
const FOREIGN_LOCK_STALE_MS = 30_000;

export function lockHolder(dataDir: string): HubLockHolder | null {
  let holder: HubLockHolder;
  try {
    holder = JSON.parse(readFileSync(lockFile(dataDir), 'utf8')) as HubLockHolder;
  } catch {
    return null;
  }
  return isAlive(holder, dataDir) ? holder : null;
}

function isAlive(holder: HubLockHolder, dataDir: string): boolean {
  // Another machine's (or container's) process cannot be probed: alive while it touches the lock.
  if (holder.host !== hostname()) {
    try {
      return Date.now() - statSync(lockFile(dataDir)).mtimeMs < FOREIGN_LOCK_STALE_MS;
    } catch {
      return false;
    }
  }
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

/** Takes the lock for this process and keeps it touched; returns the function that releases it. */
export function acquireHubLock(dataDir: string, now: Date): () => void {
  const holder = lockHolder(dataDir);
  if (holder && !(holder.pid === process.pid && holder.host === hostname())) throw new HubLockedError(describeHolder(holder, dataDir));
  const mine: HubLockHolder = { pid: process.pid, host: hostname(), startedAt: now.toISOString() };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(lockFile(dataDir), JSON.stringify(mine));
  const toucher = setInterval(() => {
    try {
      const at = new Date();
      utimesSync(lockFile(dataDir), at, at);
    } catch {
      // The folder went away; the hub will notice on its next write.
    }
  }, LOCK_TOUCH_MS);
  toucher.unref();
  return () => {
    clearInterval(toucher);
    try {
      const current = JSON.parse(readFileSync(lockFile(dataDir), 'utf8')) as HubLockHolder;
      if (current.pid === mine.pid && current.startedAt === mine.startedAt) rmSync(lockFile(dataDir), { force: true });
    } catch {
      // Already gone.
    }
  };
}

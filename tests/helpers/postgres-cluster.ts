/**
 * A throwaway PostgreSQL server for the tests and the bench: Debian's server binaries, `initdb`
 * into a temp folder (as the `postgres` user when we run as root: initdb refuses root), started
 * with pg_ctl on a free port, listening on 127.0.0.1 and on a unix socket in that folder, and
 * removed at the end. A run that was killed leaves its folder behind with its owner's pid in it:
 * the next start stops and removes such leftovers.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgresBin } from '../../scripts/system-parts.mjs';
import { freePort } from './free-port';

export const POSTGRES_MISSING_LINE =
  "PostgreSQL server binaries not found: the hub suite ran on SQLite only (install Debian's postgresql to run both)";

const DIR_PREFIX = 'wegwijs-pg-';
const SUPERUSER = 'wegwijs';

export interface PostgresCluster {
  /** The superuser on the `postgres` database: make databases from here. */
  url: string;
  dir: string;
  /** Stops the server and removes its folder; safe to call twice, and synchronous so exit handlers can use it. */
  stop(): void;
}

/** Runs a server binary as a user initdb accepts: ourselves, or `postgres` when we are root. */
function runAsServerUser(bin: string, args: string[]): { ok: boolean; output: string } {
  const asRoot = process.getuid?.() === 0;
  const run = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', bin, ...args], { encoding: 'utf8' }) : spawnSync(bin, args, { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`.trim() };
}

function serverUserIds(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error('Running as root, but there is no "postgres" user to run initdb as (Debian\'s postgresql package makes it)');
  return { uid, gid };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function stopServer(bin: string, dir: string) {
  const data = join(dir, 'data');
  if (existsSync(join(data, 'postmaster.pid'))) runAsServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
  rmSync(dir, { recursive: true, force: true });
}

/** Leftovers of runs that were killed before they could clean up (their owner process is gone). */
function removeLeftovers(bin: string) {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(DIR_PREFIX))) {
    const dir = join(tmpdir(), name);
    let owner = 0;
    try {
      owner = Number(readFileSync(join(dir, 'owner.pid'), 'utf8'));
    } catch {
      continue;
    }
    if (owner > 0 && !isAlive(owner)) stopServer(bin, dir);
  }
}

/** null when the server binaries are not installed. */
export async function startPostgresCluster(): Promise<PostgresCluster | null> {
  const bin = findPostgresBin();
  if (!bin) return null;
  removeLeftovers(bin);
  const dir = mkdtempSync(join(tmpdir(), DIR_PREFIX));
  writeFileSync(join(dir, 'owner.pid'), String(process.pid));
  const ids = serverUserIds();
  if (ids) chownSync(dir, ids.uid, ids.gid);
  const data = join(dir, 'data');
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopServer(bin, dir);
  };
  try {
    const init = runAsServerUser(join(bin, 'initdb'), ['-D', data, '-U', SUPERUSER, '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    if (!init.ok) throw new Error(`initdb failed: ${init.output}`);
    // Another process may take the free port between asking and listening: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const options = [
        `-p ${port}`,
        `-k ${dir}`,
        '-c listen_addresses=127.0.0.1',
        '-c max_connections=400',
        // A test server: durability buys nothing here and costs seconds per run.
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
      ].join(' ');
      const start = runAsServerUser(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
      if (start.ok) return { url: `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`, dir, stop };
      if (attempt === 3) {
        const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8').trim().split('\n').slice(-5).join('\n') : '';
        throw new Error(`PostgreSQL did not start: ${start.output}\n${log}`);
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
}

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeSync, mkdtempSync, openSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostname } from 'node:os';
import Database from 'better-sqlite3';
import { execFileSync, spawn } from 'node:child_process';
import { backupDatabase, restoreDatabase, RestoreError, type BackupProgress } from '../../main/hub/backup';
import { buildWorld, pairKiosk, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';
import { TEST_DATABASE_URL } from '../helpers/test-database';
import { postgresClient } from '../../main/hub/db/open';
import { createMutation } from '../helpers/items';

let t: TestHub;
let world: World;
let scratch: string;

beforeEach(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
  scratch = mkdtempSync(join(tmpdir(), 'wegwijs-ops-'));
});
afterEach(async () => {
  await t.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/** Backup and restore work on the SQLite file; a PostgreSQL database has pg_dump (the PostgreSQL pass skips these). */
describe.skipIf(TEST_DATABASE_URL !== null)('backup and restore', () => {
  it('backs up a running hub and restores it elsewhere with everything readable', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const kept = createMutation();
    await editor.sync.push.mutate({ mutations: [kept] });
    const backup = join(scratch, 'hub-backup.db');
    await backupDatabase(join(t.dataDir, 'hub.db'), backup);
    // Written after the backup: must not be in the restored hub.
    const later = createMutation();
    await editor.sync.push.mutate({ mutations: [later] });

    const restoredDir = join(scratch, 'restored');
    restoreDatabase(backup, restoredDir);
    const restored = await startTestHub({}, restoredDir);
    try {
      const api = restored.client(await restored.login(world.townA.emails.editor));
      const ids = (await api.content.list.query()).map((i) => i.id);
      expect(ids).toEqual([kept.itemId]);
      expect((await api.content.history.query({ itemId: kept.itemId }))).toHaveLength(1);
    } finally {
      await restored.stop();
    }
  });

  it('backs up from another process’s view of the file, and keeps the replaced database', async () => {
    const backup = join(scratch, 'copy.db');
    await backupDatabase(join(t.dataDir, 'hub.db'), backup);
    const target = join(scratch, 'existing');
    restoreDatabase(backup, target);
    const again = restoreDatabase(backup, target);
    expect(again.previous && existsSync(again.previous)).toBe(true);
  });

  it('refuses a file that is not a hub backup, and leaves the database alone', async () => {
    const junk = join(scratch, 'junk.db');
    writeFileSync(junk, 'not a database at all');
    expect(() => restoreDatabase(junk, join(scratch, 'x'))).toThrow(RestoreError);
    expect(() => restoreDatabase(join(scratch, 'missing.db'), join(scratch, 'x'))).toThrow(/No backup file/);
    expect(existsSync(join(scratch, 'x', 'hub.db'))).toBe(false);
  });
});

describe.skipIf(TEST_DATABASE_URL !== null)('backup under sustained writes', () => {
  it('finishes while an editor pushes changes without pause, and the copy is whole', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    // A few MB of content, so the copy takes many steps.
    const body = `<p>${'Informatie over huisvesting. '.repeat(1_400)}</p>`;
    for (let batch = 0; batch < 4; batch++) {
      await editor.sync.push.mutate({ mutations: Array.from({ length: 20 }, (_, i) => createMutation({}, { title: `Item ${batch}-${i}`, body })) });
    }
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await editor.sync.push.mutate({ mutations: [createMutation({}, { title: `Under load ${written}` })] });
        written++;
      }
    })();
    const progress: BackupProgress[] = [];
    const backup = join(scratch, 'under-load.db');
    const deadline = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`backup did not finish in 15 s (${written} writes meanwhile)`)), 15_000));
    try {
      // From the file, as `npm run hub -- backup` does from its own process.
      await Promise.race([backupDatabase(join(t.dataDir, 'hub.db'), backup, (p) => progress.push({ ...p })), deadline]);
    } finally {
      writing = false;
      await writer;
    }
    expect(written).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ remainingPages: 0 });
    expect(progress.length).toBeGreaterThan(1);
    const copy = new Database(backup, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT COUNT(*) FROM items').pluck().get()).toBeGreaterThanOrEqual(80);
    } finally {
      copy.close();
    }
  });
});

describe.skipIf(TEST_DATABASE_URL !== null)('restore', () => {
  it('refuses while a hub holds the database, saying so, and leaves it untouched', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const backup = join(scratch, 'b.db');
    await backupDatabase(join(t.dataDir, 'hub.db'), backup);
    const later = createMutation();
    await editor.sync.push.mutate({ mutations: [later] });
    expect(() => restoreDatabase(backup, t.dataDir)).toThrow(/A hub \(process \d+ .*\) is using .* Stop it first/);
    // The running hub still has everything, and its WAL was not pulled from under it.
    expect((await editor.content.list.query()).map((i) => i.id)).toContain(later.itemId);
    await editor.sync.push.mutate({ mutations: [createMutation()] });
  });

  it('works once the hub has stopped, and the hub starts on the restored database', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const kept = createMutation();
    await editor.sync.push.mutate({ mutations: [kept] });
    const backup = join(scratch, 'b.db');
    await backupDatabase(join(t.dataDir, 'hub.db'), backup);
    await editor.sync.push.mutate({ mutations: [createMutation()] });
    await t.hub.close();
    restoreDatabase(backup, t.dataDir);
    await t.restart();
    const again = t.client(await t.login(world.townA.emails.editor));
    expect((await again.content.list.query()).map((i) => i.id)).toEqual([kept.itemId]);
  });

  it('takes over the lock of a hub that was killed', async () => {
    const backup = join(scratch, 'b.db');
    await backupDatabase(join(t.dataDir, 'hub.db'), backup);
    await t.hub.close();
    // What a hub killed with -9 leaves behind: a lock naming a process that no longer exists.
    writeFileSync(join(t.dataDir, 'hub.lock'), JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), startedAt: '2026-01-01T00:00:00Z' }));
    expect(restoreDatabase(backup, t.dataDir).target).toBe(join(t.dataDir, 'hub.db'));
    // A hub of another container that stopped touching its lock a minute ago is gone too.
    writeFileSync(join(t.dataDir, 'hub.lock'), JSON.stringify({ pid: 1, host: 'old-container', startedAt: '2026-01-01T00:00:00Z' }));
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(join(t.dataDir, 'hub.lock'), minuteAgo, minuteAgo);
    await t.restart();
  });

  it('refuses while a hub on another machine still touches its lock', async () => {
    const backup = join(scratch, 'b.db');
    await backupDatabase(join(t.dataDir, 'hub.db'), backup);
    await t.hub.close();
    writeFileSync(join(t.dataDir, 'hub.lock'), JSON.stringify({ pid: 1, host: 'other-machine', startedAt: '2026-01-01T00:00:00Z' }));
    expect(() => restoreDatabase(backup, t.dataDir)).toThrow(/process 1 on other-machine/);
    rmSync(join(t.dataDir, 'hub.lock'));
    await t.restart();
  });
});

describe('liveness and readiness', () => {
  const get = async (path: string) => {
    const res = await fetch(`${t.hub.url}${path}`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('are both fine on a healthy hub', async () => {
    expect(await get('/livez')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await get('/readyz')).toMatchObject({ status: 200, body: { status: 'ready', checks: { database: 'ok' } } });
    expect(await get('/healthz')).toMatchObject({ status: 200, body: { status: 'ok', checks: { database: 'ok', log: 'ok' } } });
  });

  it('say "not ready" while the database takes no writes, yet alive, and ready again after', async () => {
    // Another program holds the write lock (a stuck sqlite3 shell, a copy tool, a migration on
    // PostgreSQL): every write of the hub fails.
    const release = await holdWriteLock(t);
    const failing = t.database ? 'failing: 55P03' : 'failing: SQLITE_BUSY';
    try {
      expect(await get('/livez')).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await get('/readyz')).toMatchObject({ status: 503, body: { status: 'not ready', checks: { database: failing } } });
      expect(await get('/healthz')).toMatchObject({ status: 200, body: { status: 'degraded', checks: { database: failing, log: 'ok' } } });
    } finally {
      await release();
    }
    expect((await get('/readyz')).status).toBe(200);
  });
});

/** Takes the lock every write of the hub needs, from a connection of its own; returns its release. */
async function holdWriteLock(hub: TestHub): Promise<() => Promise<void>> {
  if (hub.database) {
    const client = postgresClient(hub.database.url);
    await client.connect();
    await client.query('BEGIN');
    await client.query('LOCK TABLE meta IN EXCLUSIVE MODE');
    return async () => {
      await client.query('ROLLBACK');
      await client.end();
    };
  }
  const other = new Database(join(hub.dataDir, 'hub.db'));
  other.prepare('BEGIN IMMEDIATE').run();
  return async () => {
    other.prepare('ROLLBACK').run();
    other.close();
  };
}

/** Mounts a 2 MB tmpfs to fill up; false where this machine does not let the test mount one (not root). */
function mountSmallDisk(dir: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const probe = mkdtempSync(join(tmpdir(), 'wegwijs-disk-'));
const canMount = mountSmallDisk(probe) && (execFileSync('umount', [probe]), true);
rmSync(probe, { recursive: true, force: true });

describe.skipIf(!canMount || TEST_DATABASE_URL !== null)('a full disk (a real one: a 2 MB tmpfs filled up; skipped where it cannot be mounted)', () => {
  let disk: string;
  beforeAll(() => {
    disk = mkdtempSync(join(tmpdir(), 'wegwijs-disk-'));
    if (!mountSmallDisk(disk)) throw new Error('could not mount a tmpfs');
  });
  afterAll(() => {
    execFileSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
  });

  it('makes the hub not ready, still alive, and ready again once there is room', async () => {
    const hub = await startTestHub({}, join(disk, 'hub'));
    try {
      const status = async (path: string) => (await fetch(`${hub.hub.url}${path}`)).status;
      expect(await status('/readyz')).toBe(200);
      expect(() => writeFileSync(join(disk, 'filler'), Buffer.alloc(4 * 1024 * 1024))).toThrow(/ENOSPC/);
      const ready = await fetch(`${hub.hub.url}/readyz`);
      expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 503, body: { status: 'not ready', checks: { database: 'failing: SQLITE_FULL' } } });
      expect(await status('/livez')).toBe(200);
      rmSync(join(disk, 'filler'));
      expect(await status('/readyz')).toBe(200);
    } finally {
      await hub.stop();
    }
  });
});

describe('a log that cannot be written', () => {
  /** `npm run hub` in its own process, its stdout going to `stdout`. */
  async function cliHub(stdout: 'pipe' | number) {
    const hub = spawn(process.execPath, ['--import', 'tsx', 'main/hub/cli.ts', '--port', '0', '--data-dir', join(scratch, 'cli-hub')], {
      stdio: ['ignore', stdout, 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => hub.once('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let err = '';
      hub.stderr!.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        const match = /Wegwijs hub on (http:\/\/\S+)/.exec(err);
        if (match) resolve(match[1]!);
      });
      void exited.then((code) => reject(new Error(`hub exited (${code}): ${err}`)));
    });
    return { hub, url, exited };
  }

  async function healthAfterRequests(url: string, failure: string) {
    let health: Record<string, unknown> = {};
    for (let i = 0; i < 40 && !JSON.stringify(health).includes(failure); i++) {
      // Every request writes a log line, and each of those writes fails.
      health = (await (await fetch(`${url}/healthz`)).json()) as Record<string, unknown>;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return health;
  }

  it('on a full disk (ENOSPC) the hub keeps serving, /healthz names it, and SIGTERM still stops it', async () => {
    const full = openSync('/dev/full', 'w');
    const { hub, url, exited } = await cliHub(full);
    closeSync(full);
    try {
      expect(await healthAfterRequests(url, 'ENOSPC')).toMatchObject({ status: 'degraded', checks: { database: 'ok', log: 'failing: ENOSPC' } });
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      expect(hub.exitCode).toBeNull();
    } finally {
      hub.kill('SIGTERM');
    }
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('still running 5 s after SIGTERM'), 5_000))]);
    if (code === 'still running 5 s after SIGTERM') hub.kill('SIGKILL');
    expect(code).toBe(0);
  });

  it('with its reader gone (EPIPE) the hub keeps serving and /healthz names it', async () => {
    const { hub, url, exited } = await cliHub('pipe');
    try {
      hub.stdout!.destroy();
      expect(await healthAfterRequests(url, 'EPIPE')).toMatchObject({ status: 'degraded', checks: { log: 'failing: EPIPE' } });
      expect(hub.exitCode).toBeNull();
    } finally {
      hub.kill('SIGTERM');
      await exited;
    }
  });
});

describe('/metrics', () => {
  it('reports requests, latency and kiosk health in Prometheus text', async () => {
    const kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    await kiosk.device.heartbeat.mutate({ appVersion: '1.2.3', contentSeq: 0, uptimeSeconds: 5, lastError: null });
    await fetch(`${t.hub.url}/healthz`);
    const text = await (await fetch(`${t.hub.url}/metrics`)).text();
    expect(text).toMatch(/^wegwijs_http_requests_total\{route="healthz",status="200"\} 1$/m);
    expect(text).toMatch(/^wegwijs_http_requests_total\{route="device\.heartbeat",status="200"\} 1$/m);
    expect(text).toMatch(/^wegwijs_http_request_duration_ms_count\{route="device\.pair"\} 1$/m);
    expect(text).toMatch(/^wegwijs_kiosks_paired 1$/m);
    expect(text).toMatch(/^wegwijs_kiosks_online 1$/m);
    expect(text).toMatch(/^wegwijs_kiosk_oldest_content_seq 0$/m);
    expect(text).toMatch(/^# TYPE wegwijs_change_seq gauge$/m);
  });
});

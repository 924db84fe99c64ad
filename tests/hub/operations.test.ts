import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupDatabase, restoreDatabase, RestoreError } from '../../main/hub/backup';
import { buildWorld, pairKiosk, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';
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

describe('backup and restore', () => {
  it('backs up a running hub and restores it elsewhere with everything readable', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const kept = createMutation();
    await editor.sync.push.mutate({ mutations: [kept] });
    const backup = join(scratch, 'hub-backup.db');
    await backupDatabase(t.hub.deps.db, backup);
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

/**
 * Two hub instances on one PostgreSQL database, as behind a load balancer without sticky
 * sessions: whatever one instance was told, the other knows, because it is in the database.
 * PostgreSQL only (the hub-postgres project): a SQLite file belongs to one process.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AdminCore } from '../../main/core/admin/admin-core';
import { KioskCore } from '../../main/core/kiosk/kiosk-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorld, hubClient, pairKiosk, PASSWORD, startTestHub, type HubClient, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation, updateMutation } from '../helpers/items';
import { findNginx, hubBalancerConfig, startNginx } from '../helpers/nginx';
import { TEST_DATABASE_URL } from '../helpers/test-database';


let a: TestHub;
let b: TestHub;
let world: World;
const cleanups: (() => Promise<unknown> | void)[] = [];

async function failure(promise: Promise<unknown>): Promise<{ data?: { code?: string }; message: string }> {
  try {
    await promise;
  } catch (err) {
    return err as { data?: { code?: string }; message: string };
  }
  throw new Error('expected the call to fail');
}

async function waitFor(check: () => boolean, ms = 5_000) {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  return check();
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-two-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe.runIf(TEST_DATABASE_URL)('two hub instances on one PostgreSQL database', () => {
  beforeEach(async () => {
    a = await startTestHub();
    b = await startTestHub({ database: a.database!.url });
    world = await buildWorld(a);
  });
  afterEach(async () => {
    for (const clean of cleanups.splice(0).reverse()) await clean();
    await b.stop();
    await a.stop();
  });

  const on = (t: TestHub, token?: string | null): HubClient => hubClient(t.hub.url, token);

  it('a console signed in on A is known on B, and signing out on B ends the session on A too', async () => {
    const token = await a.login(world.townA.emails.editor);
    expect((await on(b, token).auth.me.query()).user.email).toBe(world.townA.emails.editor);
    const pushed = await on(b, token).sync.push.mutate({ mutations: [createMutation()] });
    expect(pushed.results[0]!.status).toBe('applied');
    await on(b, token).auth.logout.mutate();
    expect((await failure(on(a, token).auth.me.query())).data?.code).toBe('UNAUTHORIZED');
  });

  it('an editor publishes on A; a kiosk subscribed on B hears each publish at once and pulls the changes from B', async () => {
    const device = await pairKiosk(a, world.kioskA.pairing.code);
    const seqs: number[] = [];
    const sub = on(b, device).sync.onChange.subscribe(undefined, { onData: (n) => seqs.push(n.seq), onError: () => {} });
    cleanups.push(() => sub.unsubscribe());
    await new Promise((r) => setTimeout(r, 300));
    const editor = on(a, await a.login(world.townA.emails.editor));
    // Three in a row, each heard within a second: B is told (LISTEN/NOTIFY), it does not wait for
    // its next look at the change log (every 2 s), which would miss this more often than not.
    const titles = ['Op A gepubliceerd 1', 'Op A gepubliceerd 2', 'Op A gepubliceerd 3'];
    for (const title of titles) {
      const started = Date.now();
      const pushed = await editor.sync.push.mutate({ mutations: [createMutation({}, { title })] });
      expect(await waitFor(() => seqs.includes(pushed.cursor), 3_000)).toBe(true);
      expect(Date.now() - started, title).toBeLessThan(1_000);
    }
    const page = await on(b, device).sync.pull.query({ since: 0 });
    expect(page.items.map((i) => (i as { translations: { nl?: { title: string } } }).translations.nl?.title).sort()).toEqual(titles);
  });

  it('two editors saving the same item at once, one on A and one on B: one is applied, the other gets a conflict, never an error', async () => {
    const onA = on(a, await a.login(world.townA.emails.editor));
    const onB = on(b, await b.login(world.townA.emails.admin));
    for (let round = 0; round < 4; round++) {
      const item = createMutation();
      await onA.sync.push.mutate({ mutations: [item] });
      const answers = await Promise.all([
        onA.sync.push.mutate({ mutations: [updateMutation(item.itemId, 1, { translations: { nl: { title: 'Van A' } } })] }),
        onB.sync.push.mutate({ mutations: [updateMutation(item.itemId, 1, { translations: { nl: { title: 'Van B' } } })] }),
      ]);
      expect(answers.map((x) => x.results[0]!.status).sort()).toEqual(['applied', 'conflict']);
    }
  });

  it('failed sign-ins counted on A lock the account on B; a pairing code made on A pairs on B, once', async () => {
    for (let i = 0; i < 5; i++) expect((await failure(on(a).auth.login.mutate({ email: world.townB.emails.admin, password: `wrong ${i}` }))).data?.code).toBe('UNAUTHORIZED');
    expect((await failure(on(b).auth.login.mutate({ email: world.townB.emails.admin, password: PASSWORD }))).data?.code).toBe('TOO_MANY_REQUESTS');

    const admin = on(a, await a.login(world.townA.emails.admin));
    const { pairing } = await admin.kiosks.create.mutate({ locationId: world.locA.id, name: 'Kiosk van A' });
    const device = (await on(b).device.pair.mutate({ code: pairing.code })).deviceToken;
    expect((await on(a, device).device.info.query()).location.id).toBe(world.locA.id);
    expect((await failure(on(a).device.pair.mutate({ code: pairing.code }))).data?.code).toBeDefined();
  });

  it.runIf(findNginx())('behind nginx round robin (build/nginx/wegwijs-hub.conf): a console and a kiosk work with every request landing on either instance', async () => {
    const nginx = await startNginx(findNginx()!, (dir, port) => hubBalancerConfig([a.hub.url, b.hub.url], dir, port));
    cleanups.push(() => nginx.stop());
    const kiosk = new KioskCore({ dataDir: tempDir(), appVersion: 'test', pollMs: 3_600_000 });
    cleanups.push(() => kiosk.close());
    await kiosk.pair(nginx.url, world.kioskA.pairing.code);
    const console = new AdminCore({ dataDir: tempDir(), pollMs: 3_600_000 });
    cleanups.push(() => console.close());
    await console.signIn(nginx.url, world.townA.emails.editor, PASSWORD);
    await console.syncNow();

    const itemId = console.create({ category: 'housing', kind: 'article', sourceLanguage: 'nl', published: true }, { title: 'Via nginx', summary: '', body: '' });
    await console.syncNow();
    expect(console.status()).toMatchObject({ pending: 0, conflicts: 0 });
    // The kiosk hears of it on whichever instance its live stream landed, and pulls it.
    expect(await waitFor(() => kiosk.store.items().some((i) => i.id === itemId), 5_000)).toBe(true);

    const served = await Promise.all([a, b].map(async (t) => (await (await fetch(`${t.hub.url}/metrics`)).text()).match(/^wegwijs_http_requests_total\{[^}]*\} (\d+)/gm)?.length ?? 0));
    expect(served.every((n) => n > 0)).toBe(true);
  });
});

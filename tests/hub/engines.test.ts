import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { postgresClient } from '../../main/hub/db/open';
import { startHub } from '../../main/hub/server';
import { lockHolder } from '../../main/hub/hub-lock';
import { noticeFanOutOf } from '../../main/hub/live-notices';
import { buildWorld, pairKiosk, startTestHub, TEST_HASH_COST, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation, updateMutation } from '../helpers/items';
import { TEST_DATABASE_URL } from '../helpers/test-database';

const started: TestHub[] = [];
afterEach(async () => {
  // Second instances first: the first one drops the shared database.
  for (const t of started.reverse()) await t.stop();
  started.length = 0;
});

async function hub(...args: Parameters<typeof startTestHub>): Promise<TestHub> {
  const t = await startTestHub(...args);
  started.push(t);
  return t;
}

/** Runs one statement on the test hub's PostgreSQL database, over a connection of its own. */
async function onDatabase<T>(t: TestHub, work: (client: ReturnType<typeof postgresClient>) => Promise<T>): Promise<T> {
  const client = postgresClient(t.database!.url);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const FUTURE = '9999999999999_from_a_newer_hub';

describe('a database with a migration this version does not know', () => {
  it('is refused at start, naming the migration, and left as it was', async () => {
    const t = await hub();
    await t.hub.close();
    if (t.database) await onDatabase(t, (c) => c.query("INSERT INTO migrations (name, applied_at) VALUES ($1, 'x')", [FUTURE]));
    else new Database(join(t.dataDir, 'hub.db')).prepare("INSERT INTO migrations (name, applied_at) VALUES (?, 'x')").run(FUTURE);

    const start = startHub({ dataDir: t.dataDir, database: t.database?.url ?? null, settings: { hashCost: TEST_HASH_COST } });
    await expect(start).rejects.toThrow(`The database has migrations this version does not know: ${FUTURE}. A newer Wegwijs hub wrote it`);
    // Nothing was changed, and a SQLite folder's lock was given back.
    const names = t.database
      ? await onDatabase(t, async (c) => (await c.query<{ name: string }>('SELECT name FROM migrations')).rows.map((r) => r.name))
      : (new Database(join(t.dataDir, 'hub.db')).prepare('SELECT name FROM migrations').all() as { name: string }[]).map((r) => r.name);
    expect(names).toContain(FUTURE);
    expect(lockHolder(t.dataDir)).toBeNull();
  });
});

describe('two editors saving one item at the same moment', () => {
  it('get one save applied and the other a conflict, never a lost update or an error', async () => {
    const t = await hub();
    const world = await buildWorld(t);
    const editors = [t.client(await t.login(world.townA.emails.editor)), t.client(await t.login(world.townA.emails.admin))];
    const item = createMutation();
    await editors[0]!.sync.push.mutate({ mutations: [item] });
    for (let round = 0; round < 5; round++) {
      const base = (await editors[0]!.content.get.query({ itemId: item.itemId })).revision;
      const answers = await Promise.all(
        editors.map((e, i) => e.sync.push.mutate({ mutations: [updateMutation(item.itemId, base, { translations: { nl: { title: `Titel ${round}.${i}` } } })] })),
      );
      expect(answers.map((a) => a.results[0]!.status).sort()).toEqual(['applied', 'conflict']);
    }
  });
});

/** Two hub instances on one PostgreSQL database, with one clock, as behind a load balancer. */
describe.skipIf(TEST_DATABASE_URL === null)('two hub instances on one PostgreSQL database', () => {
  let clock: Date;
  let a: TestHub;
  let b: TestHub;
  let world: World;

  /** `catchUpMs`: B's safety-net poll; a minute keeps it out of a test about notices. */
  async function twoInstances(catchUpMs?: number) {
    clock = new Date('2026-12-01T09:00:00Z');
    a = await hub({ now: () => clock });
    world = await buildWorld(a);
    b = await hub({ now: () => clock, database: a.database!.url, catchUpMs });
  }

  async function logged(itemId: string): Promise<number> {
    return onDatabase(a, async (c) => (await c.query<{ n: string }>('SELECT COUNT(*) AS n FROM change_log WHERE item_id = $1', [itemId])).rows[0]!.n).then(Number);
  }

  it('append a passed validity window once: the instance holding the lock writes it, the other leaves it', async () => {
    await twoInstances();
    const editor = a.client(await a.login(world.townA.emails.editor));
    const scheduled = createMutation({ validFrom: '2026-12-01T10:00:00Z' });
    await editor.sync.push.mutate({ mutations: [scheduled] });
    expect(await logged(scheduled.itemId)).toBe(1);

    clock = new Date('2026-12-01T10:00:01Z');
    // Another instance is busy appending: this one must not append the same window again.
    const held = postgresClient(a.database!.url);
    await held.connect();
    await held.query('BEGIN');
    await held.query('SELECT pg_advisory_xact_lock(7340003)');
    expect(await a.hub.deps.changes.tick(clock)).toBe(0);
    await held.query('ROLLBACK');
    await held.end();

    // Both at once, several times over: the window passed once, so one more entry.
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).hub.deps.changes.tick(clock)));
    expect(await logged(scheduled.itemId)).toBe(2);
  });

  /** A kiosk at location A listening on instance B: the sequence numbers it hears. */
  async function kioskListeningOnB() {
    const kiosk = b.client(await pairKiosk(b, world.kioskA.pairing.code));
    const heard: number[] = [];
    const sub = kiosk.sync.onChange.subscribe(undefined, { onData: (n) => heard.push(n.seq), onError: () => {} });
    await new Promise((r) => setTimeout(r, 300));
    return { heard, stop: () => sub.unsubscribe() };
  }

  async function until(check: () => boolean, ms: number) {
    const end = Date.now() + ms;
    while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  }

  it('tell a kiosk subscribed on one instance about a publish on the other within seconds (LISTEN/NOTIFY)', async () => {
    await twoInstances(60_000);
    const { heard, stop } = await kioskListeningOnB();
    try {
      // B polls once a minute here: only PostgreSQL's notice can bring it in time.
      const editor = a.client(await a.login(world.townA.emails.editor));
      const { cursor } = await editor.sync.push.mutate({ mutations: [createMutation()] });
      await until(() => heard.includes(cursor), 5_000);
      expect(heard).toContain(cursor);
    } finally {
      stop();
    }
  });

  it('lose no notice when an instance’s listening connection drops: it listens again and catches up from its cursor', async () => {
    await twoInstances(60_000);
    const { heard, stop } = await kioskListeningOnB();
    try {
      // Every LISTEN connection goes (a restarted PgBouncer, a network blip); then a publish on A.
      await onDatabase(a, (c) => c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()"));
      const editor = a.client(await a.login(world.townA.emails.editor));
      const { cursor } = await editor.sync.push.mutate({ mutations: [createMutation()] });
      await until(() => heard.includes(cursor), 10_000);
      expect(heard).toContain(cursor);
    } finally {
      stop();
    }
  });

  it('pass a nudge (orders for a kiosk, no content change) from one instance to a kiosk subscribed on the other', async () => {
    await twoInstances(60_000);
    const { heard, stop } = await kioskListeningOnB();
    try {
      await noticeFanOutOf(a.hub.deps).nudge({ kind: 'location', id: world.locA.id });
      await until(() => heard.length > 0, 5_000);
      expect(heard).toEqual([await a.hub.deps.changes.latestSeq()]);
    } finally {
      stop();
    }
  });

  it('serve a feed cached on one instance fresh after a publish on the other, at once', async () => {
    await twoInstances();
    const kioskOnB = b.client(await pairKiosk(b, world.kioskA.pairing.code));
    const read = () => kioskOnB.feed.merged.query({ locationId: world.locA.id, language: 'nl', offset: 0, limit: 50 });
    expect(await read()).toEqual([]);
    const editor = a.client(await a.login(world.townA.emails.editor));
    const published = createMutation();
    await editor.sync.push.mutate({ mutations: [published] });
    // The very next read on B, before any notice or poll could have reached it.
    expect((await read()).map((e) => e.id)).toEqual([published.itemId]);
  });

  it('share sessions and pairing: signed in on one instance, the next request on the other works; a code made on one pairs on the other', async () => {
    await twoInstances();
    const token = await a.login(world.townA.emails.admin);
    expect((await b.client(token).auth.me.query()).user.name).toBe('Admin town-a');
    const { pairing } = await a.client(token).kiosks.create.mutate({ locationId: world.locA.id, name: 'Kiosk A2' });
    const device = await pairKiosk(b, pairing.code);
    expect((await a.client(device).device.info.query()).location.id).toBe(world.locA.id);
    await a.client(token).auth.logout.mutate();
    await expect(b.client(token).auth.me.query()).rejects.toThrow(/session has ended/);
  });
});

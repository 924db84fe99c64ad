import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildWorld, pairKiosk, startTestHub, type HubClient, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation, updateMutation } from '../helpers/items';
import { hubRouter } from '../../main/hub/router';
import { createContextInner } from '../../main/hub/context';
import { writeTransaction } from '../../main/hub/data/change-log';
import { loginLimits } from '../../main/hub/data/session-store';
import { contentStore } from '../../main/hub/data/content-store';
import { kioskStore } from '../../main/hub/data/kiosk-store';
import { mutationSchema } from '../../shared/sync';

let t: TestHub;
let world: World;
beforeEach(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
});
afterEach(() => t.stop());

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET that leaves the body as it came over the wire (fetch would decompress it). */
function rawGet(url: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

function decoded(r: Raw): string {
  const encoding = r.headers['content-encoding'];
  const bytes = encoding === 'br' ? brotliDecompressSync(r.body) : encoding === 'gzip' ? gunzipSync(r.body) : r.body;
  return bytes.toString('utf8');
}

const feedUrl = (locationId: string, extra: Record<string, unknown> = {}) =>
  `${t.hub.url}/trpc/feed.merged?input=${encodeURIComponent(JSON.stringify({ locationId, language: 'pl', ...extra }))}`;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

async function publish(editor: HubClient, count: number, overrides = {}) {
  const mutations = Array.from({ length: count }, (_, i) => createMutation(overrides, { title: `Bericht ${i}`, body: `<p>Tekst ${i} ${'lang '.repeat(40)}</p>` }));
  await editor.sync.push.mutate({ mutations });
  return mutations;
}

describe('prepared feed pages', () => {
  it('answers 304 while the feed is unchanged and 200 with a new ETag after a publish', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    await publish(editor, 3);
    const kiosk = auth(await pairKiosk(t, world.kioskA.pairing.code));

    const first = await rawGet(feedUrl(world.locA.id), kiosk);
    expect(first.status).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toContain('no-cache');

    const again = await rawGet(feedUrl(world.locA.id), { ...kiosk, 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);

    await publish(editor, 1);
    const after = await rawGet(feedUrl(world.locA.id), { ...kiosk, 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(after.headers.etag).not.toBe(etag);
    expect(JSON.parse(decoded(after)).result.data).toHaveLength(4);
  });

  it('sends gzip and brotli bytes that decode to exactly the JSON the tRPC procedure returns', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const items = await publish(editor, 5);
    await editor.sync.push.mutate({ mutations: [updateMutation(items[0]!.itemId, 1, { translations: { pl: { title: 'Czynsz', summary: 'Płać na czas', body: '<p>Tak</p>', status: 'current' } } })] });
    await publish(t.client(await t.login(world.national.emails.editor)), 2, { category: 'work', pinned: true });
    const token = await t.login(world.townA.emails.viewer);
    const caller = hubRouter.createCaller(await createContextInner(t.hub.deps, loginLimits(t.hub.deps.db), token));

    for (const input of [{}, { category: 'housing' }, { offset: 2, limit: 3 }] as const) {
      const procedure = JSON.stringify({ result: { data: await caller.feed.merged({ locationId: world.locA.id, language: 'pl', ...input }) } });
      for (const encoding of ['br', 'gzip'] as const) {
        const r = await rawGet(feedUrl(world.locA.id, input), { ...auth(token), 'accept-encoding': encoding });
        expect(r.headers['content-encoding']).toBe(encoding);
        expect(r.body.length).toBeLessThan(Buffer.byteLength(procedure));
        expect(decoded(r)).toBe(procedure);
      }
    }
  });

  it('leaves a location that a write does not reach with the same ETag and bytes', async () => {
    const townA = t.client(await t.login(world.townA.emails.editor));
    const townB = t.client(await t.login(world.townB.emails.editor));
    const [changed] = await publish(townA, 3);
    await publish(townB, 2);
    const kioskA = auth(await pairKiosk(t, world.kioskA.pairing.code));
    const kioskB = auth(await pairKiosk(t, world.kioskB.pairing.code));
    const beforeA = await rawGet(feedUrl(world.locA.id), kioskA);
    const beforeB = await rawGet(feedUrl(world.locB.id), kioskB);
    expect(beforeB.headers.etag).toBeDefined();

    await townA.sync.push.mutate({ mutations: [updateMutation(changed!.itemId, 1, { fields: { priority: 5 } })] });
    const afterA = await rawGet(feedUrl(world.locA.id), kioskA);
    const afterB = await rawGet(feedUrl(world.locB.id), { ...kioskB, 'if-none-match': beforeB.headers.etag as string });
    expect(afterB.status).toBe(304);
    expect(afterA.headers.etag).not.toBe(beforeA.headers.etag);
    // At the written location only the changed entry moved; the others are the same entries in the same order.
    const entries = (r: Raw) => (JSON.parse(decoded(r)).result.data as { id: string; priority: number }[]);
    expect(entries(afterA)[0]).toMatchObject({ id: changed!.itemId, priority: 5 });
    expect(entries(afterA).slice(1)).toEqual(entries(beforeA).filter((e) => e.id !== changed!.itemId));
  });
});

describe('live notices and kiosk pulls', () => {
  it('sends no notice for a change-log entry whose transaction rolled back, and one for the next committed write', async () => {
    const kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    const seqs: number[] = [];
    const sub = kiosk.sync.onChange.subscribe(undefined, { onData: (n) => seqs.push(n.seq), onError: () => {} });
    await new Promise((r) => setTimeout(r, 300));

    const deps = t.hub.deps;
    const editor = { id: null, name: 'test', tenantId: world.townA.tenant.id };
    const store = contentStore(deps, { tenant: world.townA.tenant, actor: editor, role: 'editor' });
    const write = () => store.push([mutationSchema.parse(createMutation())]);
    await expect(
      writeTransaction(deps, async (trx) => {
        await deps.changes.append(trx, world.townA.tenant.id, randomUUID(), deps.now());
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow('the disk is full');
    await new Promise((r) => setTimeout(r, 500));
    expect(seqs).toEqual([]);

    const durable = (await write()).cursor;
    const until = Date.now() + 5_000;
    while (!seqs.length && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
    expect(seqs).toEqual([durable]);
    sub.unsubscribe();
  });

  it('gives two kiosks of one location byte-identical incremental pulls after a publish', async () => {
    const townAdmin = { id: null, name: 'test', tenantId: world.townA.tenant.id };
    const second = await kioskStore(t.hub.deps, world.townA.tenant, townAdmin).create(world.locA.id, 'Kiosk A2');
    const kiosks = [await pairKiosk(t, world.kioskA.pairing.code), await pairKiosk(t, second.pairing.code)];
    const editor = t.client(await t.login(world.townA.emails.editor));
    await publish(editor, 2);
    const cursor = (await t.client(kiosks[0]).sync.pull.query({ since: 0 })).cursor;
    await publish(editor, 1);

    const pulls = await Promise.all(
      kiosks.map((token) => rawGet(`${t.hub.url}/sync/published?since=${cursor}`, { ...auth(token), 'accept-encoding': 'gzip, deflate' })),
    );
    for (const p of pulls) {
      expect(p.status).toBe(200);
      expect(p.headers['content-encoding']).toBe('gzip');
    }
    expect(pulls[0]!.headers.etag).toBeDefined();
    expect(pulls[1]!.headers.etag).toBe(pulls[0]!.headers.etag);
    expect(pulls[1]!.body.equals(pulls[0]!.body)).toBe(true);
    expect(JSON.parse(decoded(pulls[0]!)).items).toHaveLength(1);
  });

  it('streams a large pull page compressed to the first kiosk and keeps the same bytes for the next', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const body = `<p>${'Huur, water en gas betaalt u elke maand op tijd. '.repeat(900)}</p>`;
    const mutations = Array.from({ length: 30 }, (_, i) => createMutation({}, { title: `Bericht ${i}`, body }));
    await editor.sync.push.mutate({ mutations });
    const kiosks = [await pairKiosk(t, world.kioskA.pairing.code), await pairKiosk(t, (await t.client(await t.login(world.townA.emails.admin)).kiosks.create.mutate({ locationId: world.locA.id, name: 'Kiosk A2' })).pairing.code)];

    const first = await rawGet(`${t.hub.url}/sync/published?since=0`, { ...auth(kiosks[0]!), 'accept-encoding': 'gzip' });
    const second = await rawGet(`${t.hub.url}/sync/published?since=0`, { ...auth(kiosks[1]!), 'accept-encoding': 'gzip' });
    const plain = decoded(first);
    expect(Buffer.byteLength(plain)).toBeGreaterThan(1 << 20);
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers['content-length']).toBeUndefined(); // sent while it was being compressed
    expect(first.body.length * 5).toBeLessThan(Buffer.byteLength(plain));
    expect(second.headers['content-length']).toBe(String(second.body.length));
    expect(second.body.equals(first.body)).toBe(true);
    expect(JSON.parse(plain).items).toHaveLength(30);
  });
});

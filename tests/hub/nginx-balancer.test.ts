/**
 * build/nginx/wegwijs-hub.conf as shipped (only its CHANGE lines pointed here), in a real nginx in
 * front of real hubs: live notices pass at once, the phone app's hashed files are kept and nothing
 * per caller is, and sign-in limits count the client behind nginx, not nginx.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, hubClient, pairKiosk, PASSWORD, startTestHub, TEST_HASH_COST, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation } from '../helpers/items';
import { findNginx, hubBalancerConfig, startNginx, type NginxServer } from '../helpers/nginx';
import { testEngine } from '../helpers/test-database';

const nginxBin = findNginx();
if (!nginxBin) console.log('nginx not found: the nginx balancer test is skipped (Debian: apt-get install nginx-light)');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Raw HTTP from a chosen local address (127.0.0.x are all this machine), leaving the body as sent. */
function send(url: string, options: { method?: string; from?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', localAddress: options.from, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe.runIf(nginxBin)(`nginx in front of the hub (${testEngine()})`, () => {
  let t: TestHub;
  let world: World;
  let nginx: NginxServer;
  let phoneDir: string;
  const ASSET = 'assets/app-3f9c2a.js';
  const assetText = `console.log(${JSON.stringify('wegwijs '.repeat(200))});`;

  beforeAll(async () => {
    phoneDir = mkdtempSync(join(tmpdir(), 'wegwijs-phone-'));
    mkdirSync(join(phoneDir, 'assets'));
    writeFileSync(join(phoneDir, 'index.html'), '<!doctype html><title>Wegwijs</title><!--noscript-->');
    writeFileSync(join(phoneDir, ASSET), assetText);
    // nginx connects to the hub from 127.0.0.1; test clients come from other 127.0.0.x addresses.
    t = await startTestHub({
      phoneDir,
      settings: { hashCost: TEST_HASH_COST, trustedProxies: ['127.0.0.1'] },
      limits: { perAddress: { kind: 'window', max: 3, windowMs: 15 * 60_000 } },
    });
    world = await buildWorld(t);
    nginx = await startNginx(nginxBin!, (dir, port) => hubBalancerConfig([t.hub.url], dir, port));
  });
  afterAll(async () => {
    await nginx?.stop();
    await t?.stop();
    rmSync(phoneDir, { recursive: true, force: true });
  });

  it('passes a live notice to a subscribed kiosk at once, and the kiosk pulls the change through nginx', async () => {
    const kiosk = hubClient(nginx.url, await pairKiosk(t, world.kioskA.pairing.code));
    const seqs: number[] = [];
    const sub = kiosk.sync.onChange.subscribe(undefined, { onData: (n) => seqs.push(n.seq), onError: () => {} });
    try {
      await new Promise((r) => setTimeout(r, 300));
      const editor = hubClient(nginx.url, (await hubClient(nginx.url).auth.login.mutate({ email: world.townA.emails.editor, password: PASSWORD })).token);
      const started = Date.now();
      const pushed = await editor.sync.push.mutate({ mutations: [createMutation()] });
      while (!seqs.includes(pushed.cursor) && Date.now() - started < 5_000) await new Promise((r) => setTimeout(r, 10));
      expect(seqs).toContain(pushed.cursor);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect((await kiosk.sync.pull.query({ since: 0 })).items).toHaveLength(1);
    } finally {
      sub.unsubscribe();
    }
  });

  it('keeps the phone app’s hashed files, one copy per encoding, and asks the hub again for every bundle', async () => {
    const first = await send(`${nginx.url}/app/${ASSET}`);
    const second = await send(`${nginx.url}/app/${ASSET}`);
    expect([first.headers['x-cache-status'], second.headers['x-cache-status']]).toEqual(['MISS', 'HIT']);
    expect(second.body.toString()).toBe(assetText);
    const gzipped = await send(`${nginx.url}/app/${ASSET}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(assetText);
    expect((await send(`${nginx.url}/app/${ASSET}`, { headers: { 'accept-encoding': 'gzip' } })).headers['x-cache-status']).toBe('HIT');
    // A client without gzip still gets the plain bytes after the gzip variant was kept.
    const plain = await send(`${nginx.url}/app/${ASSET}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(assetText);

    const bundleUrl = `${nginx.url}/app/${world.locA.id}/bundle/nl.json`;
    const bundle = await send(bundleUrl);
    expect(bundle.status).toBe(200);
    expect(bundle.headers['cache-control']).toBe('public, no-cache');
    const again = await send(bundleUrl);
    expect(again.headers['x-cache-status']).not.toBe('HIT');
    const unchanged = await send(bundleUrl, { headers: { 'if-none-match': String(bundle.headers.etag) } });
    expect(unchanged.status).toBe(304);
  });

  it('never keeps what a token reads: a signed-in feed read goes to the hub each time', async () => {
    const token = (await hubClient(nginx.url).auth.login.mutate({ email: world.townA.emails.viewer, password: PASSWORD })).token;
    const input = encodeURIComponent(JSON.stringify({ locationId: world.locA.id, language: 'nl' }));
    const url = `${nginx.url}/trpc/feed.merged?input=${input}`;
    const read = await send(url, { headers: { authorization: `Bearer ${token}` } });
    expect(read.status).toBe(200);
    expect(read.headers['x-cache-status']).toBeUndefined();
    const anonymous = await send(url);
    expect(anonymous.status).toBe(401);
  });

  it('counts failed sign-ins per client behind nginx: a forged X-Forwarded-For does not dodge it, and other clients still sign in', async () => {
    const signIn = async (from: string, email: string, password: string, forged?: string) => {
      const answer = await send(`${nginx.url}/trpc/auth.login`, {
        method: 'POST',
        from,
        headers: { 'content-type': 'application/json', ...(forged ? { 'x-forwarded-for': forged } : {}) },
        body: JSON.stringify({ email, password }),
      });
      const body = JSON.parse(answer.body.toString()) as { error?: { data?: { code?: string } } };
      return answer.status === 200 ? 'signed in' : (body.error?.data?.code ?? String(answer.status));
    };
    const accounts = [world.townB.emails.admin, world.townB.emails.editor, world.townB.emails.translator];
    for (const [i, email] of accounts.entries()) expect(await signIn('127.0.0.3', email, 'wrong', `198.51.100.${i}`)).toBe('UNAUTHORIZED');
    expect(await signIn('127.0.0.3', world.townB.emails.viewer, PASSWORD, '192.0.2.99')).toBe('TOO_MANY_REQUESTS');
    expect(await signIn('127.0.0.4', world.townB.emails.viewer, PASSWORD)).toBe('signed in');
  });
});

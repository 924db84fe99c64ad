import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { isLoopbackHost, isLoopbackOrigin, startLocalServer } from '../../main/core/local-server';

/** A router of the preview's shape: something to read and something to change. */
const t = initTRPC.create();
let paired = 'kiosk at the town hall';
const router = t.router({
  drafts: t.procedure.query(() => ['secret draft']),
  pair: t.procedure.input(z.object({ code: z.string() })).mutation(({ input }) => (paired = `paired with ${input.code}`)),
});

let dir: string;
let server: Awaited<ReturnType<typeof startLocalServer>>;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wegwijs-local-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer/index.html'), '<!doctype html><title>console</title>');
  server = await startLocalServer({ router, staticDir: dir, indexPage: 'renderer/index.html' });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Raw HTTP, so the test writes the Host and Origin headers a browser (or an attacker's page) would. */
function send(path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, setHost: false }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the loopback server of the browser preview', () => {
  it('answers its own loopback names', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      const res = await send('/trpc/drafts', { host });
      expect(res.status, host).toBe(200);
      expect(res.text).toContain('secret draft');
    }
    expect((await send('/', { host: `localhost:${port}` })).text).toContain('<title>console</title>');
  });

  it('refuses a DNS-rebinding page: another name in Host, or the right name on another port', async () => {
    for (const host of [`evil.example:${port}`, `127.0.0.1:${port + 1}`, 'localhost', `127.0.0.1.evil.example:${port}`]) {
      const res = await send('/trpc/drafts', { host });
      expect(res.status, host).toBe(421);
      expect(res.text).not.toContain('secret draft');
    }
    // No Host at all: Node itself answers 400.
    expect([400, 421]).toContain((await send('/trpc/drafts', {})).status);
  });

  it('takes a change only from its own pages (Origin), so another site cannot re-pair a kiosk', async () => {
    const body = JSON.stringify({ code: 'EVIL2345' });
    const host = `127.0.0.1:${port}`;
    for (const origin of ['http://evil.example', `http://localhost:${port + 1}`, 'null']) {
      const res = await send('/trpc/pair', { host, origin, 'content-type': 'application/json' }, 'POST', body);
      expect(res.status, origin).toBe(403);
    }
    expect((await send('/trpc/pair', { host, 'content-type': 'application/json' }, 'POST', body)).status).toBe(403);
    expect(paired).toBe('kiosk at the town hall');
    const own = await send('/trpc/pair', { host, origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json' }, 'POST', JSON.stringify({ code: 'GOOD2345' }));
    expect(own.status).toBe(200);
    expect(paired).toBe('paired with GOOD2345');
  });

  it('answers 400 to a malformed address and keeps serving', async () => {
    const host = `127.0.0.1:${port}`;
    expect((await send('/%E0%A4%A', { host })).status).toBe(400);
    expect((await send('/trpc/drafts', { host })).status).toBe(200);
  });
});

describe('loopback decisions', () => {
  it('match names and ports exactly', () => {
    expect(isLoopbackHost('LOCALHOST:5173', 5173)).toBe(true);
    expect(isLoopbackHost('localhost:5173.evil', 5173)).toBe(false);
    expect(isLoopbackHost(undefined, 5173)).toBe(false);
    expect(isLoopbackOrigin('http://[::1]:5173', 5173)).toBe(true);
    expect(isLoopbackOrigin('https://127.0.0.1:5173', 5173)).toBe(false);
  });
});

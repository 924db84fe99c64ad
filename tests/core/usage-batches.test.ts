import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { KioskCore } from '../../main/core/kiosk/kiosk-core';
import { kioskRouter } from '../../main/core/kiosk/kiosk-router';
import { PhoneUsage, phoneUsageSender } from '../../phone/src/lib/usage';
import { sendUsage, usageDay } from '../../shared/usage';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy';
import { buildWorld, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation } from '../helpers/items';

let t: TestHub;
let world: World;
let proxy: FaultProxy;
let dir: string;
let core: KioskCore;
beforeEach(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
  proxy = await startFaultProxy(() => t.hub.url);
  dir = mkdtempSync(join(tmpdir(), 'wegwijs-kiosk-'));
  core = new KioskCore({ dataDir: dir, appVersion: 'test', pollMs: 600_000, heartbeatMs: 600_000, usageMs: 600_000 });
});
afterEach(async () => {
  await core.close();
  await proxy.close();
  await t.stop();
  rmSync(dir, { recursive: true, force: true });
});

const isUsage = (req: { url?: string }) => (req.url ?? '').includes('usage.');
const today = usageDay(new Date());

/** Item views as the town sees them on its statistics page. */
async function viewsAt(locationId: string) {
  const town = t.client(await t.login(world.townA.emails.viewer));
  const report = await town.usage.report.query({ from: today, to: today, locationId });
  return report;
}

describe('usage counts from a kiosk', () => {
  it('reach the hub exactly once when the answer is lost and the hub restarts before the retry', async () => {
    const item = createMutation();
    await t.client(await t.login(world.townA.emails.editor)).sync.push.mutate({ mutations: [item] });
    await core.pair(proxy.url, world.kioskA.pairing.code);
    const screen = kioskRouter(core).createCaller({});
    for (let i = 0; i < 7; i++) await screen.count({ kind: 'item', language: 'pl', itemId: item.itemId, fallback: true });
    for (let i = 0; i < 6; i++) await screen.count({ kind: 'language', language: 'pl' });

    // The hub counts the batch, the kiosk never hears so: it keeps the batch.
    proxy.dropNextAnswer(isUsage);
    expect(await core.sendUsage()).toBe(0);
    expect(core.usage.pending()).toHaveLength(1);

    // More is counted while the hub is down; nothing is lost.
    await t.hub.close();
    for (let i = 0; i < 5; i++) await screen.count({ kind: 'search_empty', language: 'pl', words: '  Kinderbijslag?? ' });
    expect(await core.sendUsage()).toBe(0);
    await t.restart();

    expect(await core.sendUsage()).toBe(2);
    expect(core.usage.pending()).toHaveLength(0);
    const report = await viewsAt(world.locA.id);
    expect(report.topItems).toEqual([{ itemId: item.itemId, title: 'Huur betalen', language: 'pl', views: 7, fallbackViews: 7 }]);
    expect(report.languages).toEqual([{ day: today, language: 'pl', count: 6 }]);
    expect(report.sources).toEqual([{ day: today, kiosk: 7, phone: null }]);
    expect(report.searchesWithoutResults).toEqual([{ words: 'kinderbijslag', language: 'pl', count: 5 }]);
    // Sending again sends nothing: the hub got every batch once.
    expect(await core.sendUsage()).toBe(0);
    expect((await viewsAt(world.locA.id)).topItems[0]!.views).toBe(7);
  });
});

describe('a busy kiosk day', () => {
  it('is sent in batches the hub accepts: every view arrives, however varied the day', async () => {
    await core.pair(proxy.url, world.kioskA.pairing.code);
    const items = Array.from({ length: 300 }, () => crypto.randomUUID());
    for (let i = 0; i < 2_000; i++) core.usage.record({ kind: 'item', language: i % 2 ? 'pl' : 'ro', itemId: items[i % items.length]!, fallback: i % 3 === 0 });
    // The longest search words there may be, each distinct.
    for (let i = 0; i < 200; i++) core.usage.record({ kind: 'search_empty', language: 'pl', words: `${i}`.padStart(40, 'w') });
    const batches = (core.usage.seal(), core.usage.pending());
    expect(batches.length).toBeGreaterThan(1);
    expect(await core.sendUsage()).toBe(batches.length);
    expect(core.usage.pending()).toEqual([]);
    const { rows } = await sql<{ n: number | string }>`SELECT SUM(count) AS n FROM usage_daily WHERE kind = 'item'`.execute(t.hub.deps.db);
    expect(Number(rows[0]!.n)).toBe(2_000);
  });
});

/** localStorage as the browser has it: strings by key. */
function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('usage counts from a phone', () => {
  it('reach the hub exactly once through its public endpoint, without a token, when the answer is lost', async () => {
    const item = createMutation();
    await t.client(await t.login(world.townA.emails.editor)).sync.push.mutate({ mutations: [item] });
    const phone = new PhoneUsage(world.locA.id, memoryStorage());
    for (let i = 0; i < 5; i++) phone.record({ kind: 'item', language: 'ar', itemId: item.itemId, fallback: false });
    for (let i = 0; i < 5; i++) phone.record({ kind: 'app_from_kiosk', language: 'ar' });
    const send = phoneUsageSender(proxy.url, world.locA.id);

    proxy.dropNextAnswer(isUsage);
    await expect(sendUsage(phone, send)).rejects.toThrow();
    expect(phone.pending()).toHaveLength(1);
    await t.restart();
    expect(await sendUsage(phone, send)).toBe(1);
    expect(phone.pending()).toHaveLength(0);

    const report = await viewsAt(world.locA.id);
    expect(report.topItems).toEqual([{ itemId: item.itemId, title: 'Huur betalen', language: 'ar', views: 5, fallbackViews: null }]);
    expect(report.sources).toEqual([{ day: today, kiosk: null, phone: 5 }]);
    expect(report.qr.appOpened).toBe(5);
  });

  it('are refused with the field named when malformed or too large, and for an unknown location', async () => {
    const post = (body: unknown) =>
      fetch(`${t.hub.url}/trpc/usage.phoneBatch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const row = { day: today, kind: 'language', language: 'pl', itemId: null, category: null, fallback: false, words: null, count: 1 };
    const batchId = crypto.randomUUID();
    const tooMany = await post({ locationId: world.locA.id, batchId, rows: Array.from({ length: 251 }, () => row) });
    expect(tooMany.status).toBe(400);
    const extra = await post({ locationId: world.locA.id, batchId, rows: [{ ...row, phoneId: 'x' }] });
    expect(extra.status).toBe(400);
    const longWords = await post({ locationId: world.locA.id, batchId, rows: [{ ...row, kind: 'search', words: 'x'.repeat(41) }] });
    expect(JSON.stringify(await longWords.json())).toContain('rows.0.words');
    expect((await post({ locationId: crypto.randomUUID(), batchId, rows: [row] })).status).toBe(404);
  });
});

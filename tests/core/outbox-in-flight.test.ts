import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminCore } from '../../main/core/admin/admin-core';
import { buildWorld, PASSWORD, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';
import { isPush, startFaultProxy, type FaultProxy } from '../helpers/fault-proxy';

let t: TestHub;
let world: World;
let proxy: FaultProxy;
let core: AdminCore;
let dir: string;

beforeEach(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
  proxy = await startFaultProxy(() => t.hub.url);
  dir = mkdtempSync(join(tmpdir(), 'wegwijs-outbox-'));
  core = new AdminCore({ dataDir: dir, pollMs: 60_000 });
  await core.signIn(proxy.url, world.townA.emails.editor, PASSWORD);
  await core.syncNow();
});
afterEach(async () => {
  await core.close();
  await proxy.close();
  await t.stop();
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor(check: () => Promise<boolean> | boolean, ms = 10_000): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await sleep(50)) if (await check()) return true;
  return check();
}

/** An item on the hub at revision 1, known to the console. */
async function itemOnHub(): Promise<string> {
  const id = core.create({ category: 'daily', kind: 'article', sourceLanguage: 'nl' }, { title: 'Afval scheiden', summary: '', body: '<p>Plastic apart.</p>' });
  await core.syncNow();
  expect(core.store.serverItem(id)?.revision).toBe(1);
  return id;
}

async function hubHistory(id: string) {
  const hub = t.client(await t.login(world.townA.emails.editor));
  return { item: await hub.content.get.query({ itemId: id }), history: await hub.content.history.query({ itemId: id }) };
}

describe('an edit made while the previous one is on its way', () => {
  it('is sent after it, not folded into it: both reach the hub, once each', async () => {
    const id = await itemOnHub();
    proxy.delay(isPush, 300);
    const pushes = proxy.arrived.filter((p) => p.includes('sync.push')).length;
    core.update(id, { translations: { nl: { title: 'Afval scheiden in Waalhaven' } } });
    expect(await waitFor(() => proxy.arrived.filter((p) => p.includes('sync.push')).length > pushes)).toBe(true);
    await sleep(10); // the first push is on its way
    core.update(id, { translations: { nl: { title: 'Afval scheiden in de gemeente' } }, fields: { pinned: true } });

    expect(await waitFor(() => core.status().pending === 0 && core.status().state === 'synced')).toBe(true);
    const { item, history } = await hubHistory(id);
    expect(item).toMatchObject({ pinned: true, revision: 3 });
    expect(item.translations.nl?.title).toBe('Afval scheiden in de gemeente');
    expect(history.map((r) => r.snapshot.translations.nl?.title)).toEqual(['Afval scheiden in de gemeente', 'Afval scheiden in Waalhaven', 'Afval scheiden']);
    expect(core.status().conflicts).toBe(0);
    expect(core.store.view(id)?.translations.nl?.title).toBe('Afval scheiden in de gemeente');
  });

  it('survives the first one’s answer being lost after the hub applied it: both arrive, once each', async () => {
    const id = await itemOnHub();
    proxy.dropNextAnswer(isPush);
    const pushes = proxy.arrived.filter((p) => p.includes('sync.push')).length;
    core.update(id, { translations: { nl: { title: 'Afval scheiden in Waalhaven' } } });
    expect(await waitFor(() => proxy.arrived.filter((p) => p.includes('sync.push')).length > pushes)).toBe(true);
    await sleep(10); // sent; the hub applies it, and its answer is being lost
    core.update(id, { translations: { nl: { title: 'Afval scheiden in de gemeente' } }, fields: { pinned: true } });

    expect(await waitFor(() => core.status().pending === 0 && core.status().state === 'synced')).toBe(true);
    const { item, history } = await hubHistory(id);
    expect(item).toMatchObject({ pinned: true, revision: 3 });
    expect(item.translations.nl?.title).toBe('Afval scheiden in de gemeente');
    // The first change was resent under its own id and applied once; the second came after it.
    expect(history.map((r) => r.snapshot.translations.nl?.title)).toEqual(['Afval scheiden in de gemeente', 'Afval scheiden in Waalhaven', 'Afval scheiden']);
    expect(proxy.forwarded.filter((p) => p.includes('sync.push')).length).toBeGreaterThanOrEqual(3);
    expect(core.status().conflicts).toBe(0);
  });
});

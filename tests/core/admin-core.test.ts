import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminCore } from '../../main/core/admin/admin-core';
import { buildWorld, PASSWORD, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';

let t: TestHub;
let world: World;
const cores: AdminCore[] = [];
const dirs: string[] = [];

beforeEach(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
});
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  const started = Date.now();
  await t.stop();
  if (Date.now() - started > 1000) console.log('slow stop', Date.now() - started);
});

async function signedInCore(email: string) {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-core-'));
  dirs.push(dir);
  const core = new AdminCore({ dataDir: dir, pollMs: 60_000 });
  cores.push(core);
  await core.signIn(t.hub.url, email, PASSWORD);
  await core.syncNow();
  return core;
}

const source = { title: 'Afval scheiden', summary: 'Zo scheidt u afval.', body: '<p>Plastic apart.</p>' };

describe('admin desktop core', () => {
  it('creates locally, pushes, and pulls the hub’s version back', async () => {
    const core = await signedInCore(world.townA.emails.editor);
    const id = core.create({ category: 'daily', kind: 'article', sourceLanguage: 'nl' }, source);
    expect(core.store.view(id)?.translations.nl?.title).toBe('Afval scheiden');
    await core.syncNow();
    expect(core.status()).toMatchObject({ state: 'synced', pending: 0, conflicts: 0 });
    expect(core.store.serverItem(id)?.revision).toBe(1);
    const onHub = await t.client(await t.login(world.townA.emails.editor)).content.get.query({ itemId: id });
    expect(onHub.tenantName).toBe('Tenant town-a');
  });

  it('keeps edits made while the hub is down and pushes them when it is back', async () => {
    const core = await signedInCore(world.townA.emails.editor);
    const id = core.create({ category: 'daily', kind: 'article', sourceLanguage: 'nl' }, source);
    await core.syncNow();
    await t.hub.close();

    core.update(id, { translations: { nl: { title: 'Afval scheiden in Waalhaven' } } });
    await core.syncNow(); // refused connection: the change never left, so the next edit folds into it
    core.update(id, { translations: { nl: { title: 'Afval scheiden in de gemeente' } }, fields: { pinned: true } });
    await core.syncNow();
    expect(core.status()).toMatchObject({ state: 'offline', pending: 1 });
    expect(core.store.view(id)).toMatchObject({ pinned: true });

    await t.restart();
    await core.syncNow();
    expect(core.status()).toMatchObject({ state: 'synced', pending: 0, conflicts: 0 });
    const onHub = await t.client(await t.login(world.townA.emails.editor)).content.get.query({ itemId: id });
    expect(onHub).toMatchObject({ pinned: true, revision: 2 });
    expect(onHub.translations.nl?.title).toBe('Afval scheiden in de gemeente');
  });

  it('keeps both versions of a conflict until a person chooses, and loses nothing either way', async () => {
    const first = await signedInCore(world.townA.emails.editor);
    const second = await signedInCore(world.townA.emails.admin);
    const id = first.create({ category: 'daily', kind: 'article', sourceLanguage: 'nl' }, source);
    await first.syncNow();
    await second.syncNow();

    // Both edit the same title from revision 1, before either hears of the other.
    first.update(id, { translations: { nl: { title: 'Titel van de eerste' } } });
    second.update(id, { translations: { nl: { title: 'Titel van de tweede' } } });
    await Promise.all([first.syncNow(), second.syncNow()]);

    const loser = [first, second].find((c) => c.status().conflicts > 0)!;
    const winnerTitle = loser === first ? 'Titel van de tweede' : 'Titel van de eerste';
    const loserTitle = loser === first ? 'Titel van de eerste' : 'Titel van de tweede';
    const [conflict] = loser.store.conflicts();
    expect(conflict).toMatchObject({ kind: 'conflict', fields: ['t.nl.title'] });
    expect(conflict!.mine?.translations.nl?.title).toBe(loserTitle);
    expect(conflict!.server?.translations.nl?.title).toBe(winnerTitle);

    loser.resolveConflict(conflict!.id, 'mine');
    await loser.syncNow();
    expect(loser.status()).toMatchObject({ pending: 0, conflicts: 0 });
    const hub = t.client(await t.login(world.townA.emails.editor));
    expect((await hub.content.get.query({ itemId: id })).translations.nl?.title).toBe(loserTitle);
    // The version it replaced is still in the history.
    const titles = (await hub.content.history.query({ itemId: id })).map((r) => r.snapshot.translations.nl?.title);
    expect(titles).toContain(winnerTitle);
  });

  it('keeps unsent changes when the session ends, and asks to sign in again', async () => {
    const core = await signedInCore(world.townA.emails.editor);
    const id = core.create({ category: 'daily', kind: 'article', sourceLanguage: 'nl' }, source);
    await core.syncNow();
    const admin = t.client(await t.login(world.townA.emails.admin));
    const editorId = (await admin.users.list.query()).find((u) => u.email === world.townA.emails.editor)!.id;
    await admin.users.setActive.mutate({ userId: editorId, active: false });

    core.update(id, { fields: { pinned: true } });
    await core.syncNow();
    expect(core.status()).toMatchObject({ state: 'session_expired', pending: 1 });

    await admin.users.setActive.mutate({ userId: editorId, active: true });
    await core.signIn(t.hub.url, world.townA.emails.editor, PASSWORD);
    await core.syncNow();
    expect(core.status()).toMatchObject({ state: 'synced', pending: 0 });
  });

  it('starts from an empty replica when someone of another tenant signs in', async () => {
    const core = await signedInCore(world.townA.emails.editor);
    core.create({ category: 'daily', kind: 'article', sourceLanguage: 'nl' }, source);
    await core.syncNow();
    expect(core.store.views()).toHaveLength(1);
    await core.signIn(t.hub.url, world.employerA.emails.editor, PASSWORD);
    await core.syncNow();
    expect(core.store.views()).toHaveLength(0);
  });
});

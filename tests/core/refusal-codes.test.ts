import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AdminCore } from '../../main/core/admin/admin-core';
import { ADMIN_MIGRATIONS, AdminStore } from '../../main/core/admin/admin-store';
import { openDatabase } from '../../main/hub/db/open';
import { buildWorld, PASSWORD, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';

let t: TestHub;
let world: World;
let dir: string;
beforeEach(async () => {
  t = await startTestHub({ settings: { hashCost: { N: 1024, r: 8, p: 1 } } });
  world = await buildWorld(t);
  dir = mkdtempSync(join(tmpdir(), 'wegwijs-refusal-'));
});
afterEach(async () => {
  await t.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a refused change', () => {
  it('reaches the console core with its code, its field and its English sentence, and is kept so', async () => {
    const core = new AdminCore({ dataDir: dir, pollMs: 60_000 });
    try {
      await core.signIn(t.hub.url, world.townA.emails.editor, PASSWORD);
      await core.syncNow();
      const id = core.create({ category: 'daily', kind: 'article', sourceLanguage: 'nl' }, { title: 'Afval', summary: 'Zo.', body: '<p>Apart.</p>' });
      await core.syncNow();
      // The editor becomes a translator while the console still holds a change of theirs to the source text.
      const admin = t.client(await t.login(world.townA.emails.admin));
      const editor = (await admin.users.list.query()).find((u) => u.email === world.townA.emails.editor)!;
      await admin.users.setRole.mutate({ userId: editor.id, role: 'translator' });
      core.update(id, { translations: { nl: { title: 'Afval scheiden' } } });
      await core.syncNow();
      const [refused] = core.store.conflicts();
      expect(refused).toMatchObject({ kind: 'rejected', code: 'translator_not_source', fields: ['translations.nl'], message: 'Translators cannot change the source text', params: null });
    } finally {
      await core.close();
    }
  });

  it('answers a push with a code and the values its sentence names', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const itemId = randomUUID();
    const fields = { category: 'daily', kind: 'article', sourceLanguage: 'nl', validFrom: '2026-12-02T00:00:00.000Z', validUntil: '2026-12-01T00:00:00.000Z' } as const;
    const source = { title: 'Afval', summary: 'Zo.', body: '<p>Apart.</p>' };
    const { results } = await editor.sync.push.mutate({ mutations: [{ type: 'item.create', mutationId: randomUUID(), itemId, fields, source }] });
    expect(results[0]).toMatchObject({ status: 'rejected', code: 'validity_window', field: 'fields.validUntil', message: 'Valid until must be after valid from' });
  });
});

describe('refusals a console stored before codes existed', () => {
  it('read in the console’s language after the update: the stored sentence names its code', () => {
    const file = join(dir, 'admin.db');
    const before = openDatabase(file, ADMIN_MIGRATIONS.slice(0, -1));
    const insert = before.prepare(
      "INSERT INTO conflicts (id, item_id, kind, mutation, mine, server, fields, message, created_at) VALUES (?, 'item', ?, '{}', NULL, NULL, '[]', ?, '2026-11-30T10:00:00.000Z')",
    );
    insert.run('a', 'rejected', 'Valid until must be after valid from');
    insert.run('b', 'rejected', 'Revision 7 of this item does not exist');
    insert.run('c', 'rejected', 'Something a future hub says');
    insert.run('d', 'conflict', 'Someone else changed the same fields since you opened this item');
    before.close();

    const store = new AdminStore(file);
    const byId = new Map(store.conflicts().map((c) => [c.id, c]));
    expect(byId.get('a')).toMatchObject({ code: 'validity_window', params: null });
    expect(byId.get('b')).toMatchObject({ code: 'revision_unknown', params: { revision: 7 } });
    // Unknown sentences keep their English text, shown as it is.
    expect(byId.get('c')).toMatchObject({ code: null, message: 'Something a future hub says' });
    expect(byId.get('d')).toMatchObject({ code: null });
    store.close();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { HUB_MIGRATIONS } from '../../main/hub/db/migrations';
import Database from 'better-sqlite3';
import { openSqlite } from '../../main/hub/db/open';
import { ChangeLog } from '../../main/hub/data/change-log';
import { DEFAULT_SETTINGS, openHubDeps } from '../../main/hub/server';
import { seedDemo } from '../../main/hub/demo/seed';
import type { PublishedItem } from '../../shared/sync';
import { TEST_HASH_COST } from '../helpers/hub-fixture';

/**
 * A hub written before outdated translations were shown to workers: its stored published JSON
 * leaves them out, and its kiosks are past those items' changes. Opening it with this version
 * must put them in, and log the items again so paired kiosks pull them.
 */
describe('upgrading a hub to outdated translations on screen', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('rebuilds the published form with the outdated translations and logs those items for kiosks', async () => {
    dir = mkdtempSync(join(tmpdir(), 'wegwijs-upgrade-'));
    const before = HUB_MIGRATIONS.findIndex((m) => m.name === '1764504000000_withdrawn_translations');
    const file = join(dir, 'hub.db');
    const old = await openSqlite(file, HUB_MIGRATIONS.slice(0, before));
    const changes = new ChangeLog(old.db, old.reads);
    await changes.start();
    // This version's demo seed reads a location's languages and screen hours: the old file has
    // those columns only while seeding.
    await sql`ALTER TABLE locations ADD COLUMN languages TEXT`.execute(old.db);
    await sql`ALTER TABLE locations ADD COLUMN screen_hours TEXT`.execute(old.db);
    await seedDemo({ db: old.db, reads: old.reads, changes, now: () => new Date(), settings: { ...DEFAULT_SETTINGS, hashCost: TEST_HASH_COST } });
    await sql`ALTER TABLE locations DROP COLUMN screen_hours`.execute(old.db);
    await old.close();
    const db = new Database(file);
    db.exec('ALTER TABLE locations DROP COLUMN languages');
    const outdated = db.prepare("SELECT item_id, language FROM translations WHERE status = 'outdated'").all() as { item_id: string; language: string }[];
    expect(outdated.length).toBeGreaterThan(0);
    // As the previous version stored them: without the outdated translations.
    for (const t of outdated) db.prepare(`UPDATE items SET published_json = json_remove(published_json, '$.translations.${t.language}') WHERE id = ?`).run(t.item_id);
    const lastSeq = (db.prepare('SELECT MAX(seq) AS seq FROM change_log').get() as { seq: number }).seq;
    db.close();

    const { database } = await openHubDeps({ engine: 'sqlite', file });
    await database.close();
    const upgraded = new Database(file);
    for (const t of outdated) {
      const { published_json } = upgraded.prepare('SELECT published_json FROM items WHERE id = ?').get(t.item_id) as { published_json: string };
      const item = JSON.parse(published_json) as PublishedItem;
      expect(item.translations[t.language as keyof PublishedItem['translations']]?.outdated, `${t.item_id} ${t.language}`).toBe(true);
    }
    const logged = upgraded.prepare('SELECT item_id FROM change_log WHERE seq > ?').all(lastSeq) as { item_id: string }[];
    expect(new Set(logged.map((r) => r.item_id))).toEqual(new Set(outdated.map((t) => t.item_id)));
    // The status check lets an editor withdraw a translation.
    expect(() =>
      upgraded.prepare("UPDATE translations SET status = 'withdrawn' WHERE item_id = ? AND language = ?").run(outdated[0]!.item_id, outdated[0]!.language),
    ).not.toThrow();
    upgraded.close();
  });
});

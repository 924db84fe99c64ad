import type { Db } from '../db/open';
import type { Item, Translation } from '../../../shared/content';
import type { LanguageCode } from '../../../shared/languages';
import { toPublished } from '../../../shared/published-item';

/**
 * Row mapping for items. Internal to the data layer: these functions do not scope by tenant,
 * so only the scoped stores in this folder call them, after deciding what the caller may see.
 */
interface ItemRow {
  id: string;
  tenant_id: string;
  tenant_name: string;
  category: Item['category'];
  kind: Item['kind'];
  source_language: LanguageCode;
  published: number;
  valid_from: string | null;
  valid_until: string | null;
  pinned: number;
  priority: number;
  contact: string | null;
  links: string;
  images: string;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface TranslationRow {
  item_id: string;
  language: LanguageCode;
  title: string;
  summary: string;
  body: string;
  status: Translation['status'];
  updated_at: string;
}

export interface StoredItem {
  item: Item;
  deletedAt: string | null;
}

const ITEM_COLUMNS = `i.id, i.tenant_id, t.name AS tenant_name, i.category, i.kind, i.source_language, i.published,
  i.valid_from, i.valid_until, i.pinned, i.priority, i.contact, i.links, i.images, i.revision,
  i.created_at, i.updated_at, i.deleted_at`;

function toItem(row: ItemRow, translations: TranslationRow[]): Item {
  const item: Item = {
    id: row.id,
    tenantId: row.tenant_id,
    tenantName: row.tenant_name,
    category: row.category,
    kind: row.kind,
    sourceLanguage: row.source_language,
    published: row.published === 1,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    pinned: row.pinned === 1,
    priority: row.priority,
    contact: row.contact ? JSON.parse(row.contact) : null,
    links: JSON.parse(row.links),
    images: JSON.parse(row.images),
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    translations: {},
  };
  for (const t of translations) {
    item.translations[t.language] = {
      title: t.title,
      summary: t.summary,
      body: t.body,
      status: t.status,
      updatedAt: t.updated_at,
    };
  }
  return item;
}

/** Reads items by id, in one query for the rows and one for their translations. */
export function readItems(db: Db, ids: readonly string[]): Map<string, StoredItem> {
  const result = new Map<string, StoredItem>();
  if (!ids.length) return result;
  const idJson = JSON.stringify(ids);
  const rows = db
    .prepare(
      `SELECT ${ITEM_COLUMNS} FROM items i JOIN tenants t ON t.id = i.tenant_id
       WHERE i.id IN (SELECT value FROM json_each(?))`,
    )
    .all(idJson) as ItemRow[];
  // Raw rows (arrays, not objects): this query carries most of the bytes of a pull.
  const translations = db
    .prepare('SELECT item_id, language, title, summary, body, status, updated_at FROM translations WHERE item_id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(idJson) as [string, LanguageCode, string, string, string, Translation['status'], string][];
  const byItem = new Map<string, TranslationRow[]>();
  for (const [item_id, language, title, summary, body, status, updated_at] of translations) {
    const row = { item_id, language, title, summary, body, status, updated_at };
    const list = byItem.get(item_id);
    if (list) list.push(row);
    else byItem.set(item_id, [row]);
  }
  for (const row of rows) {
    result.set(row.id, { item: toItem(row, byItem.get(row.id) ?? []), deletedAt: row.deleted_at });
  }
  return result;
}

export function readItem(db: Db, id: string): StoredItem | null {
  return readItems(db, [id]).get(id) ?? null;
}

/** Ids of the live (not deleted) items of some tenants. */
export function itemIdsOfTenants(db: Db, tenantIds: readonly string[]): string[] {
  return (
    db
      .prepare(
        'SELECT id FROM items WHERE deleted_at IS NULL AND tenant_id IN (SELECT value FROM json_each(?)) ORDER BY id',
      )
      .all(JSON.stringify(tenantIds)) as { id: string }[]
  ).map((r) => r.id);
}

export function writeItem(db: Db, item: Item, deletedAt: string | null = null): void {
  db.prepare(
    `INSERT INTO items (id, tenant_id, category, kind, source_language, published, valid_from, valid_until,
       pinned, priority, contact, links, images, revision, created_at, updated_at, deleted_at, published_json)
     VALUES (@id, @tenantId, @category, @kind, @sourceLanguage, @published, @validFrom, @validUntil,
       @pinned, @priority, @contact, @links, @images, @revision, @createdAt, @updatedAt, @deletedAt, @publishedJson)
     ON CONFLICT (id) DO UPDATE SET category = excluded.category, kind = excluded.kind,
       source_language = excluded.source_language, published = excluded.published,
       valid_from = excluded.valid_from, valid_until = excluded.valid_until, pinned = excluded.pinned,
       priority = excluded.priority, contact = excluded.contact, links = excluded.links,
       images = excluded.images, revision = excluded.revision, updated_at = excluded.updated_at,
       deleted_at = excluded.deleted_at, published_json = excluded.published_json`,
  ).run({
    id: item.id,
    tenantId: item.tenantId,
    category: item.category,
    kind: item.kind,
    sourceLanguage: item.sourceLanguage,
    published: item.published ? 1 : 0,
    validFrom: item.validFrom,
    validUntil: item.validUntil,
    pinned: item.pinned ? 1 : 0,
    priority: item.priority,
    contact: item.contact ? JSON.stringify(item.contact) : null,
    links: JSON.stringify(item.links),
    images: JSON.stringify(item.images),
    revision: item.revision,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    deletedAt,
    publishedJson: deletedAt ? null : JSON.stringify(toPublished(item)),
  });
  db.prepare('DELETE FROM translations WHERE item_id = ?').run(item.id);
  const insert = db.prepare(
    `INSERT INTO translations (item_id, language, title, summary, body, status, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [language, t] of Object.entries(item.translations)) {
    if (t) insert.run(item.id, language, t.title, t.summary, t.body, t.status, t.updatedAt);
  }
}

export function writeRevision(db: Db, item: Item, userId: string | null, at: Date): void {
  db.prepare('INSERT INTO item_revisions (item_id, revision, snapshot, user_id, at) VALUES (?, ?, ?, ?, ?)').run(
    item.id,
    item.revision,
    JSON.stringify(item),
    userId,
    at.toISOString(),
  );
}

export function readRevision(db: Db, itemId: string, revision: number): Item | null {
  const row = db
    .prepare('SELECT snapshot FROM item_revisions WHERE item_id = ? AND revision = ?')
    .get(itemId, revision) as { snapshot: string } | undefined;
  return row ? (JSON.parse(row.snapshot) as Item) : null;
}

/** Fills `published_json` for rows written before it existed (runs once per such row, at open). */
export function backfillPublishedJson(db: Db): number {
  const ids = (db.prepare('SELECT id FROM items WHERE published_json IS NULL AND deleted_at IS NULL').all() as { id: string }[]).map((r) => r.id);
  const update = db.prepare('UPDATE items SET published_json = ? WHERE id = ?');
  db.transaction(() => {
    for (const stored of readItems(db, ids).values()) update.run(JSON.stringify(toPublished(stored.item)), stored.item.id);
  })();
  return ids.length;
}

export interface PublishedRow {
  id: string;
  tenantId: string;
  published: boolean;
  validFrom: string | null;
  validUntil: string | null;
  deletedAt: string | null;
  json: string | null;
}

/** The stored published form of items, without reading their translation rows. */
export function readPublishedRows(db: Db, ids: readonly string[]): Map<string, PublishedRow> {
  const rows = db
    .prepare(
      'SELECT id, tenant_id, published, valid_from, valid_until, deleted_at, published_json FROM items WHERE id IN (SELECT value FROM json_each(?))',
    )
    .raw()
    .all(JSON.stringify(ids)) as [string, string, number, string | null, string | null, string | null, string | null][];
  return new Map(
    rows.map(([id, tenantId, published, validFrom, validUntil, deletedAt, json]) => [
      id,
      { id, tenantId, published: published === 1, validFrom, validUntil, deletedAt, json },
    ]),
  );
}

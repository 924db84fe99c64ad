import type { Db } from '../db/open';
import type { HubSchema } from '../db/schema';
import { anyOf, engineOf, transaction } from '../db/dialect';
import type { Item, Translation } from '../../../shared/content';
import type { LanguageCode } from '../../../shared/languages';
import { toPublished } from '../../../shared/published-item';

/**
 * Row mapping for items. Internal to the data layer: these functions do not scope by tenant,
 * so only the scoped stores in this folder call them, after deciding what the caller may see.
 */
/** An item as stored, with its owner's name and the text columns typed as what they hold. */
type ItemRow = Omit<HubSchema['items'], 'category' | 'kind' | 'source_language' | 'published_json'> & {
  tenant_name: string;
  category: Item['category'];
  kind: Item['kind'];
  source_language: LanguageCode;
};

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

const ITEM_COLUMNS = [
  'items.id',
  'items.tenant_id',
  'tenants.name as tenant_name',
  'items.category',
  'items.kind',
  'items.source_language',
  'items.published',
  'items.valid_from',
  'items.valid_until',
  'items.pinned',
  'items.priority',
  'items.contact',
  'items.links',
  'items.images',
  'items.revision',
  'items.created_at',
  'items.updated_at',
  'items.deleted_at',
] as const;

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
export async function readItems(db: Db, ids: readonly string[]): Promise<Map<string, StoredItem>> {
  const result = new Map<string, StoredItem>();
  if (!ids.length) return result;
  const rows = (await db
    .selectFrom('items')
    .innerJoin('tenants', 'tenants.id', 'items.tenant_id')
    .select(ITEM_COLUMNS)
    .where(anyOf(db, 'items.id', ids))
    .execute()) as ItemRow[];
  const translations = (await db
    .selectFrom('translations')
    .select(['item_id', 'language', 'title', 'summary', 'body', 'status', 'updated_at'])
    .where(anyOf(db, 'item_id', ids))
    .execute()) as TranslationRow[];
  const byItem = new Map<string, TranslationRow[]>();
  for (const row of translations) {
    const list = byItem.get(row.item_id);
    if (list) list.push(row);
    else byItem.set(row.item_id, [row]);
  }
  for (const row of rows) {
    result.set(row.id, { item: toItem(row, byItem.get(row.id) ?? []), deletedAt: row.deleted_at });
  }
  return result;
}

/**
 * Holds an item's row until the transaction ends, so two writers of one item take turns and the
 * second sees the first's revision (a conflict, not a lost update). PostgreSQL only: SQLite runs
 * one write transaction at a time anyway.
 */
export async function lockItem(trx: Db, id: string): Promise<void> {
  if (engineOf(trx) === 'postgres') await trx.selectFrom('items').select('id').where('id', '=', id).forUpdate().execute();
}

export async function readItem(db: Db, id: string): Promise<StoredItem | null> {
  return (await readItems(db, [id])).get(id) ?? null;
}

/** Ids of the live (not deleted) items of some tenants. */
export async function itemIdsOfTenants(db: Db, tenantIds: readonly string[]): Promise<string[]> {
  const rows = await db.selectFrom('items').select('id').where('deleted_at', 'is', null).where(anyOf(db, 'tenant_id', tenantIds)).orderBy('id').execute();
  return rows.map((r) => r.id);
}

export async function writeItem(db: Db, item: Item, deletedAt: string | null = null): Promise<void> {
  const row = {
    id: item.id,
    tenant_id: item.tenantId,
    category: item.category,
    kind: item.kind,
    source_language: item.sourceLanguage,
    published: item.published ? 1 : 0,
    valid_from: item.validFrom,
    valid_until: item.validUntil,
    pinned: item.pinned ? 1 : 0,
    priority: item.priority,
    contact: item.contact ? JSON.stringify(item.contact) : null,
    links: JSON.stringify(item.links),
    images: JSON.stringify(item.images),
    revision: item.revision,
    created_at: item.createdAt,
    updated_at: item.updatedAt,
    deleted_at: deletedAt,
    published_json: deletedAt ? null : JSON.stringify(toPublished(item)),
  };
  const { id: _id, tenant_id: _tenant, created_at: _created, ...changed } = row;
  await db.insertInto('items').values(row).onConflict((oc) => oc.column('id').doUpdateSet(changed)).execute();
  await db.deleteFrom('translations').where('item_id', '=', item.id).execute();
  const translations = Object.entries(item.translations).flatMap(([language, t]) =>
    t ? [{ item_id: item.id, language, title: t.title, summary: t.summary, body: t.body, status: t.status, updated_at: t.updatedAt }] : [],
  );
  if (translations.length) await db.insertInto('translations').values(translations).execute();
}

export async function writeRevision(db: Db, item: Item, userId: string | null, at: Date): Promise<void> {
  await db
    .insertInto('item_revisions')
    .values({ item_id: item.id, revision: item.revision, snapshot: JSON.stringify(item), user_id: userId, at: at.toISOString() })
    .execute();
}

export async function readRevision(db: Db, itemId: string, revision: number): Promise<Item | null> {
  const row = await db.selectFrom('item_revisions').select('snapshot').where('item_id', '=', itemId).where('revision', '=', revision).executeTakeFirst();
  return row ? (JSON.parse(row.snapshot) as Item) : null;
}

/** Fills `published_json` for rows written before it existed (runs once per such row, at open). */
export async function backfillPublishedJson(db: Db): Promise<number> {
  const ids = (await db.selectFrom('items').select('id').where('published_json', 'is', null).where('deleted_at', 'is', null).execute()).map((r) => r.id);
  if (!ids.length) return 0;
  await transaction(db, async (trx) => {
    for (const stored of (await readItems(trx, ids)).values()) {
      await trx.updateTable('items').set({ published_json: JSON.stringify(toPublished(stored.item)) }).where('id', '=', stored.item.id).execute();
    }
  });
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
export async function readPublishedRows(db: Db, ids: readonly string[]): Promise<Map<string, PublishedRow>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('items')
    .select(['id', 'tenant_id', 'published', 'valid_from', 'valid_until', 'deleted_at', 'published_json'])
    .where(anyOf(db, 'id', ids))
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, tenantId: r.tenant_id, published: r.published === 1, validFrom: r.valid_from, validUntil: r.valid_until, deletedAt: r.deleted_at, json: r.published_json },
    ]),
  );
}

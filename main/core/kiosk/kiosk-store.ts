import type { LanguageCode } from '../../../shared/languages';
import { mergeFeed, resolveEntry, type FeedEntry } from '../../../shared/merged-feed';
import { richTextToPlain } from '../../../shared/rich-text-policy';
import type { PublishedItem, PullPage } from '../../../shared/sync';
import type { Category } from '../../../shared/categories';
import { openDatabase, type SqliteFile as Db } from '../../hub/db/open';
import type { PullTarget } from '../pull-pages';
import type { Migration } from '../../hub/db/migrations';

const KIOSK_MIGRATIONS: readonly Migration[] = [
  {
    name: '1764374400000_kiosk_store',
    sql: `
CREATE TABLE items (id TEXT PRIMARY KEY, revision INTEGER NOT NULL, json TEXT NOT NULL);
-- Accents and case folded, so "zorgverzekering" finds "Zorgverzekering" and "sanatate" finds "sănătate".
CREATE VIRTUAL TABLE search USING fts5(item_id UNINDEXED, language UNINDEXED, title, summary, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE media (id TEXT PRIMARY KEY, content_type TEXT NOT NULL, bytes BLOB NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`,
  },
  {
    // Removing an item's text from the old index scanned the whole index (item_id is no key of an
    // FTS5 table), so a page took longer the more the store held. Now each indexed text has a row
    // id kept beside it by item, and the index drops it by that id. The index keeps no copy of the
    // text (contentless): only the words, for matching. The store re-indexes its items on opening.
    name: '1764547200000_search_by_rowid',
    sql: `
DROP TABLE search;
CREATE TABLE search_rows (rowid INTEGER PRIMARY KEY, item_id TEXT NOT NULL, language TEXT NOT NULL);
CREATE INDEX search_rows_item ON search_rows (item_id);
CREATE VIRTUAL TABLE search USING fts5(title, summary, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
-- A full resync (the hub's database was restored) pulls into here and replaces the items once complete.
CREATE TABLE staged_items (id TEXT PRIMARY KEY, revision INTEGER NOT NULL, json TEXT NOT NULL);
`,
  },
];

/**
 * SQLite's unicode61 tokenizer drops accents but keeps letters that are not an accented form
 * of another (Polish ł, Danish ø, ß, đ). Folding them on both sides lets "zloty" find "złoty".
 */
export function foldForSearch(text: string): string {
  return text.replace(/[łŁøØđĐßẞ]/g, (c) => ({ ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', ẞ: 'SS' })[c] ?? c);
}

/**
 * The kiosk's local store: its location's published, merged content as last pulled, a search
 * index over every language, and cached images. The screens read only from here, so the
 * kiosk keeps working while the hub is away.
 */
export class KioskStore implements PullTarget<PublishedItem> {
  readonly db: Db;
  private readonly sql;

  constructor(file: string) {
    this.db = openDatabase(file, KIOSK_MIGRATIONS);
    this.sql = {
      upsert: this.db.prepare('INSERT INTO items (id, revision, json) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, json = excluded.json'),
      remove: this.db.prepare('DELETE FROM items WHERE id = ?'),
      rowsOf: this.db.prepare('SELECT rowid FROM search_rows WHERE item_id = ?').pluck(),
      dropRows: this.db.prepare('DELETE FROM search_rows WHERE item_id = ?'),
      unindex: this.db.prepare('DELETE FROM search WHERE rowid = ?'),
      addRow: this.db.prepare('INSERT INTO search_rows (item_id, language) VALUES (?, ?)'),
      index: this.db.prepare('INSERT INTO search (rowid, title, summary, body) VALUES (?, ?, ?, ?)'),
      stage: this.db.prepare('INSERT INTO staged_items (id, revision, json) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, json = excluded.json'),
      unstage: this.db.prepare('DELETE FROM staged_items WHERE id = ?'),
    };
    if (this.db.prepare('SELECT 1 FROM items').get() && !this.db.prepare('SELECT 1 FROM search_rows').get()) this.reindex();
  }

  get(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  set(key: string, value: string | null): void {
    if (value === null) this.db.prepare('DELETE FROM settings WHERE key = ?').run(key);
    else this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  cursor(): number {
    return Number(this.get('cursor') ?? 0);
  }

  databaseId(): string | null {
    return this.get('databaseId');
  }

  applyPull(page: PullPage<PublishedItem>): void {
    this.db.transaction(() => {
      for (const item of page.items) this.storeItem(item);
      for (const t of page.tombstones) {
        this.sql.remove.run(t.id);
        this.unindex(t.id);
      }
      this.setCursor(page);
    })();
  }

  beginResync(): void {
    this.db.exec('DELETE FROM staged_items');
  }

  stagePull(page: PullPage<PublishedItem>): void {
    this.db.transaction(() => {
      for (const item of page.items) this.sql.stage.run(item.id, item.revision, JSON.stringify(item));
      for (const t of page.tombstones) this.sql.unstage.run(t.id);
    })();
  }

  /** The staged pull becomes the content in one transaction: screens see the old content or the new, never a mix. */
  finishResync(page: PullPage<PublishedItem>): void {
    this.db.transaction(() => {
      this.db.exec('DELETE FROM items; INSERT INTO items (id, revision, json) SELECT id, revision, json FROM staged_items; DELETE FROM staged_items;');
      this.reindex();
      this.setCursor(page);
    })();
  }

  private setCursor(page: PullPage<PublishedItem>): void {
    this.set('cursor', String(page.cursor));
    this.set('databaseId', page.databaseId);
    this.set('lastSyncAt', new Date().toISOString());
  }

  private storeItem(item: PublishedItem): void {
    this.sql.upsert.run(item.id, item.revision, JSON.stringify(item));
    this.unindex(item.id);
    this.index(item);
  }

  private index(item: PublishedItem): void {
    for (const [language, t] of Object.entries(item.translations)) {
      if (!t) continue;
      const { lastInsertRowid } = this.sql.addRow.run(item.id, language);
      this.sql.index.run(lastInsertRowid, foldForSearch(t.title), foldForSearch(t.summary), foldForSearch(richTextToPlain(t.body)));
    }
  }

  /** Costs the same at any store size: the index finds an item's texts by their row ids. */
  private unindex(itemId: string): void {
    for (const rowid of this.sql.rowsOf.all(itemId)) this.sql.unindex.run(rowid);
    this.sql.dropRows.run(itemId);
  }

  /** Builds the search index again from the stored items. */
  private reindex(): void {
    this.db.transaction(() => {
      this.db.exec("DELETE FROM search_rows; INSERT INTO search (search) VALUES ('delete-all');");
      for (const item of this.items()) this.index(item);
    })();
  }

  /** Forgets all content: a kiosk that lost its pairing must not show its old location's items. */
  clearContent(): void {
    this.db.exec(
      `DELETE FROM items; DELETE FROM staged_items; DELETE FROM search_rows; INSERT INTO search (search) VALUES ('delete-all'); DELETE FROM media;
       DELETE FROM settings WHERE key IN ('cursor', 'databaseId', 'lastSyncAt');`,
    );
  }

  items(): PublishedItem[] {
    return (this.db.prepare('SELECT json FROM items').all() as { json: string }[]).map((r) => JSON.parse(r.json) as PublishedItem);
  }

  /** Items whose validity window says they are live now: an item can expire while the hub is away. */
  liveItems(now: Date): PublishedItem[] {
    const t = now.getTime();
    return this.items().filter((i) => (!i.validFrom || Date.parse(i.validFrom) <= t) && (!i.validUntil || Date.parse(i.validUntil) > t));
  }

  feed(language: LanguageCode, now: Date, category?: Category): FeedEntry[] {
    const entries = mergeFeed(this.liveItems(now), language);
    return category ? entries.filter((e) => e.category === category) : entries;
  }

  entry(itemId: string, language: LanguageCode, now: Date): FeedEntry | null {
    const item = this.liveItems(now).find((i) => i.id === itemId);
    return item ? resolveEntry(item, language) : null;
  }

  /**
   * Full-text search in the language the worker reads: a hit counts only in the text the
   * kiosk would show them (their language, or the fallback it falls back to).
   */
  search(query: string, language: LanguageCode, now: Date): FeedEntry[] {
    const terms = foldForSearch(query.normalize('NFKC'))
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1)
      .map((w) => `"${w.replace(/"/g, '')}"*`);
    if (!terms.length) return [];
    const hits = this.db
      .prepare('SELECT r.item_id, r.language FROM search JOIN search_rows r ON r.rowid = search.rowid WHERE search MATCH ? ORDER BY rank LIMIT 200')
      .all(terms.join(' ')) as { item_id: string; language: LanguageCode }[];
    const live = new Map(this.liveItems(now).map((i) => [i.id, i]));
    const results: FeedEntry[] = [];
    const seen = new Set<string>();
    for (const hit of hits) {
      const item = live.get(hit.item_id);
      if (!item || seen.has(item.id)) continue;
      const entry = resolveEntry(item, language);
      if (entry && entry.shownLanguage === hit.language) {
        seen.add(item.id);
        results.push(entry);
      }
    }
    return results;
  }

  mediaIds(): Set<string> {
    return new Set((this.db.prepare('SELECT id FROM media').all() as { id: string }[]).map((r) => r.id));
  }

  saveMedia(id: string, contentType: string, bytes: Buffer): void {
    this.db.prepare('INSERT OR REPLACE INTO media (id, content_type, bytes) VALUES (?, ?, ?)').run(id, contentType, bytes);
  }

  media(id: string): { content_type: string; bytes: Buffer } | null {
    return (this.db.prepare('SELECT content_type, bytes FROM media WHERE id = ?').get(id) as { content_type: string; bytes: Buffer } | undefined) ?? null;
  }

  /** The images the stored items use, read by SQLite from the stored JSON (no item is parsed here). */
  wantedMediaIds(): Set<string> {
    const rows = this.db.prepare("SELECT DISTINCT json_extract(image.value, '$.mediaId') AS id FROM items, json_each(items.json, '$.images') AS image").all() as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  /** Drops cached images no stored item uses any more. */
  pruneMedia(): void {
    const used = this.wantedMediaIds();
    for (const id of this.mediaIds()) if (!used.has(id)) this.db.prepare('DELETE FROM media WHERE id = ?').run(id);
  }

  close(): void {
    this.db.close();
  }
}

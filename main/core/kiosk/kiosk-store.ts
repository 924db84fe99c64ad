import type { LanguageCode } from '../../../shared/languages';
import { mergeFeed, resolveEntry, type FeedEntry } from '../../../shared/merged-feed';
import { richTextToPlain } from '../../../shared/rich-text-policy';
import type { PublishedItem, PullPage } from '../../../shared/sync';
import type { Category } from '../../../shared/categories';
import { openDatabase, type Db } from '../../hub/db/open';
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
export class KioskStore {
  readonly db: Db;

  constructor(file: string) {
    this.db = openDatabase(file, KIOSK_MIGRATIONS);
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

  applyPull(page: PullPage<PublishedItem>): void {
    const upsert = this.db.prepare('INSERT INTO items (id, revision, json) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, json = excluded.json');
    const unindex = this.db.prepare('DELETE FROM search WHERE item_id = ?');
    const index = this.db.prepare('INSERT INTO search (item_id, language, title, summary, body) VALUES (?, ?, ?, ?, ?)');
    const remove = this.db.prepare('DELETE FROM items WHERE id = ?');
    this.db.transaction(() => {
      for (const item of page.items) {
        upsert.run(item.id, item.revision, JSON.stringify(item));
        unindex.run(item.id);
        for (const [language, t] of Object.entries(item.translations)) {
          if (t) index.run(item.id, language, foldForSearch(t.title), foldForSearch(t.summary), foldForSearch(richTextToPlain(t.body)));
        }
      }
      for (const t of page.tombstones) {
        remove.run(t.id);
        unindex.run(t.id);
      }
      this.set('cursor', String(page.cursor));
      this.set('lastSyncAt', new Date().toISOString());
    })();
  }

  /** Forgets all content: a kiosk that lost its pairing must not show its old location's items. */
  clearContent(): void {
    this.db.exec("DELETE FROM items; DELETE FROM search; DELETE FROM media; DELETE FROM settings WHERE key IN ('cursor', 'lastSyncAt');");
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
      .prepare('SELECT item_id, language FROM search WHERE search MATCH ? ORDER BY rank LIMIT 200')
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

  /** Drops cached images no live item uses any more. */
  pruneMedia(): void {
    const used = new Set(this.items().flatMap((i) => i.images.map((img) => img.mediaId)));
    for (const id of this.mediaIds()) if (!used.has(id)) this.db.prepare('DELETE FROM media WHERE id = ?').run(id);
  }

  close(): void {
    this.db.close();
  }
}

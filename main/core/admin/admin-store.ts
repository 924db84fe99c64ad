import { randomUUID } from 'node:crypto';
import type { Item } from '../../../shared/content';
import type { Mutation, MutationResult, PullPage } from '../../../shared/sync';
import type { SessionView } from '../../../shared/admin';
import type { Role } from '../../../shared/categories';
import { openDatabase, type SqliteFile as Db } from '../../hub/db/open';
import type { Migration } from '../../hub/db/migrations';
import { planUpdate } from '../../hub/content/apply-mutation';
import { sanitizeRichText } from '../../hub/content/sanitize';
import type { PullTarget } from '../pull-pages';
import { PLAIN_BOX, type SecretBox } from '../kiosk/kiosk-core';
import type { RefusalParams } from '../../../shared/refusals';

export const ADMIN_MIGRATIONS: readonly Migration[] = [
  {
    name: '1764374400000_admin_replica',
    sql: `
CREATE TABLE items (id TEXT PRIMARY KEY, revision INTEGER NOT NULL, json TEXT NOT NULL);
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  item_id TEXT NOT NULL,
  mutation TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE conflicts (
  id TEXT PRIMARY KEY,
  item_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('conflict', 'rejected')),
  mutation TEXT NOT NULL,
  mine TEXT,
  server TEXT,
  fields TEXT NOT NULL,
  message TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`,
  },
  {
    // An entry once sent may have been applied by the hub even when its answer never arrived:
    // a later edit must never be folded into it. A full resync stages the hub's layer here.
    name: '1764547200000_outbox_sent',
    sql: `
ALTER TABLE outbox ADD COLUMN sent INTEGER NOT NULL DEFAULT 0;
CREATE TABLE staged_items (id TEXT PRIMARY KEY, revision INTEGER NOT NULL, json TEXT NOT NULL);
-- The hub's last version of an item deleted there while changes to it wait here: what they apply to.
CREATE TABLE removed_items (id TEXT PRIMARY KEY, json TEXT NOT NULL);
`,
  },
  {
    // Refusals carry a code the console translates. Those stored before were English sentences
    // only: each fixed sentence names its code, so they read in the console's language too.
    name: '1764590400000_conflict_refusal_codes',
    sql: `
ALTER TABLE conflicts ADD COLUMN code TEXT;
ALTER TABLE conflicts ADD COLUMN params TEXT;
UPDATE conflicts SET code = CASE message
  WHEN 'Viewers cannot change content' THEN 'viewer_cannot_edit'
  WHEN 'Translators can only change translations' THEN 'translator_translations_only'
  WHEN 'Translators cannot change the source text' THEN 'translator_not_source'
  WHEN 'Valid until must be after valid from' THEN 'validity_window'
  WHEN 'A title is required' THEN 'title_required'
  WHEN 'The source language needs a text' THEN 'source_text_required'
  WHEN 'Only editors can create items' THEN 'create_editors_only'
  WHEN 'Only editors can delete items' THEN 'delete_editors_only'
  WHEN 'This item id is already in use' THEN 'item_id_taken'
  WHEN 'Item not found' THEN 'item_not_found'
  WHEN 'This change id is already in use' THEN 'mutation_id_taken'
END WHERE kind = 'rejected';
UPDATE conflicts SET code = 'revision_unknown',
  params = json_object('revision', CAST(substr(message, 10, instr(message, ' of this item') - 10) AS INTEGER))
WHERE kind = 'rejected' AND message GLOB 'Revision [0-9]* of this item does not exist';
`,
  },
];

export interface ConflictRecord {
  id: string;
  itemId: string;
  kind: 'conflict' | 'rejected';
  mutation: Mutation;
  /** The item as this console had it with the change applied. */
  mine: Item | null;
  /** The hub's version at the time of the conflict. */
  server: Item | null;
  fields: string[];
  /** The hub's English sentence: shown when `code` is null (a hub before codes) or unknown to this console. */
  message: string;
  code: string | null;
  params: RefusalParams | null;
  createdAt: string;
}

export interface PendingEntry {
  seq: number;
  itemId: string;
  mutation: Mutation;
  /** Sent to the hub at least once; the hub may have applied it even if no answer came back. */
  sent: boolean;
}

export interface StoredSession extends SessionView {
  hubUrl: string;
}

/**
 * The admin console's local SQLite: a replica of the tenant's layer as the hub last said it was,
 * an outbox of changes not yet accepted by the hub, and conflicts kept until a person decides.
 * What the editor sees is the replica with the outbox applied on top.
 */
const SEALED = 'sealed:';

export class AdminStore implements PullTarget<Item> {
  readonly db: Db;

  /** `secrets` seals the session token (the OS keychain in Electron), as the kiosk's device token. */
  constructor(
    file: string,
    private readonly secrets: SecretBox = PLAIN_BOX,
  ) {
    this.db = openDatabase(file, ADMIN_MIGRATIONS);
  }

  // --- settings ---------------------------------------------------------------------------

  private setting(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  private setSetting(key: string, value: string | null): void {
    if (value === null) this.db.prepare('DELETE FROM settings WHERE key = ?').run(key);
    else this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  session(): StoredSession | null {
    const raw = this.setting('session');
    if (!raw) return null;
    const stored = JSON.parse(raw) as StoredSession;
    if (!stored.token.startsWith(SEALED)) return stored; // written before sealing, or without a keychain
    try {
      return { ...stored, token: this.secrets.open(stored.token.slice(SEALED.length)) };
    } catch {
      return null; // sealed by another keychain: sign in again
    }
  }

  /** Signing in as someone of another tenant starts from an empty replica: layers never mix. */
  saveSession(session: StoredSession): void {
    const previous = this.session();
    this.db.transaction(() => {
      if (previous && (previous.tenant?.id !== session.tenant?.id || previous.hubUrl !== session.hubUrl)) this.reset();
      const token = this.secrets.kind === 'os-keychain' ? SEALED + this.secrets.seal(session.token) : session.token;
      this.setSetting('session', JSON.stringify({ ...session, token }));
    })();
  }

  clearSession(): void {
    this.setSetting('session', null);
  }

  role(): Role | null {
    const role = this.session()?.user.role;
    return role && role !== 'operator' ? role : null;
  }

  cursor(): number {
    return Number(this.setting('cursor') ?? 0);
  }

  lastSyncedAt(): string | null {
    return this.setting('lastSyncedAt');
  }

  databaseId(): string | null {
    return this.setting('databaseId');
  }

  private reset(): void {
    this.db.exec('DELETE FROM items; DELETE FROM staged_items; DELETE FROM removed_items; DELETE FROM outbox; DELETE FROM conflicts;');
    for (const key of ['cursor', 'databaseId', 'lastSyncedAt']) this.setSetting(key, null);
  }

  // --- replica ----------------------------------------------------------------------------

  applyPull(page: PullPage<Item>): void {
    const upsert = this.db.prepare(
      'INSERT INTO items (id, revision, json) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, json = excluded.json WHERE excluded.revision >= items.revision',
    );
    const remove = this.db.prepare('DELETE FROM items WHERE id = ?');
    const keep = this.db.prepare('INSERT OR REPLACE INTO removed_items (id, json) SELECT id, json FROM items WHERE id = ? AND EXISTS (SELECT 1 FROM outbox WHERE item_id = items.id)');
    this.db.transaction(() => {
      for (const item of page.items) upsert.run(item.id, item.revision, JSON.stringify(item));
      for (const t of page.tombstones) {
        keep.run(t.id);
        remove.run(t.id);
      }
      this.setCursor(page);
    })();
  }

  private setCursor(page: PullPage<Item>): void {
    this.setSetting('cursor', String(page.cursor));
    this.setSetting('databaseId', page.databaseId);
    this.setSetting('lastSyncedAt', new Date().toISOString());
  }

  beginResync(): void {
    this.db.exec('DELETE FROM staged_items');
  }

  stagePull(page: PullPage<Item>): void {
    const stage = this.db.prepare('INSERT INTO staged_items (id, revision, json) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, json = excluded.json');
    const unstage = this.db.prepare('DELETE FROM staged_items WHERE id = ?');
    this.db.transaction(() => {
      for (const item of page.items) stage.run(item.id, item.revision, JSON.stringify(item));
      for (const t of page.tombstones) unstage.run(t.id);
    })();
  }

  /**
   * The hub's database was replaced (a restore): its layer as now staged becomes the replica, and
   * every waiting change is rebased on the hub's revision of its item, so it is sent on top of the
   * restored version instead of being refused for a revision the hub no longer has.
   */
  finishResync(page: PullPage<Item>): void {
    this.db.transaction(() => {
      this.db.exec('DELETE FROM items; INSERT INTO items (id, revision, json) SELECT id, revision, json FROM staged_items; DELETE FROM staged_items;');
      for (const entry of this.pending()) {
        const server = this.serverItem(entry.itemId);
        if (server && entry.mutation.type !== 'item.create') this.rewrite(entry.seq, { ...entry.mutation, baseRevision: server.revision });
      }
      this.setCursor(page);
    })();
  }

  /** The hub's answer to a push carries the item as stored; keep it without waiting for the pull. */
  storeServerItem(item: Item): void {
    this.db
      .prepare('INSERT INTO items (id, revision, json) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, json = excluded.json WHERE excluded.revision >= items.revision')
      .run(item.id, item.revision, JSON.stringify(item));
  }

  removeServerItem(id: string): void {
    this.db.prepare('DELETE FROM items WHERE id = ?').run(id);
  }

  serverItem(id: string): Item | null {
    const row = this.db.prepare('SELECT json FROM items WHERE id = ?').get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Item) : null;
  }

  private removedItem(id: string): Item | null {
    const row = this.db.prepare('SELECT json FROM removed_items WHERE id = ?').get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Item) : null;
  }

  private serverItems(): Item[] {
    return (this.db.prepare('SELECT json FROM items').all() as { json: string }[]).map((r) => JSON.parse(r.json) as Item);
  }

  // --- outbox -----------------------------------------------------------------------------

  pending(): PendingEntry[] {
    const rows = this.db.prepare('SELECT seq, item_id, mutation, sent FROM outbox ORDER BY seq').all() as { seq: number; item_id: string; mutation: string; sent: number }[];
    return rows.map((r) => ({ seq: r.seq, itemId: r.item_id, mutation: JSON.parse(r.mutation) as Mutation, sent: r.sent === 1 }));
  }

  /**
   * What the next push sends: the oldest waiting change of each item. A later change of the same
   * item waits for that one's answer, which tells the revision it is then based on.
   */
  nextBatch(max: number): PendingEntry[] {
    const seen = new Set<string>();
    const batch: PendingEntry[] = [];
    for (const entry of this.pending()) {
      if (seen.has(entry.itemId)) continue;
      seen.add(entry.itemId);
      batch.push(entry);
      if (batch.length === max) break;
    }
    return batch;
  }

  /**
   * Written down before the request goes out: from then on the hub may have it, answer or not.
   * Taken back only when the request certainly never left (no connection could be made).
   */
  markSent(entries: PendingEntry[], sent: boolean): void {
    const mark = this.db.prepare('UPDATE outbox SET sent = ? WHERE seq = ?');
    this.db.transaction(() => entries.forEach((e) => mark.run(sent ? 1 : 0, e.seq)))();
  }

  private rewrite(seq: number, mutation: Mutation): void {
    this.db.prepare('UPDATE outbox SET mutation = ? WHERE seq = ?').run(JSON.stringify(mutation), seq);
  }

  pendingCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;
  }

  /**
   * Queues a change. Edits to an item whose last change still waits unsent are folded into it
   * (under a new change id), so offline edits to the same field never conflict with each other.
   * A change already sent is never touched: the hub may have applied it, and would answer a
   * resend of its id with its first answer, without the folded edit.
   */
  enqueue(mutation: Mutation): void {
    this.db.transaction(() => {
      const last = this.pending().filter((p) => p.itemId === mutation.itemId).at(-1);
      const waiting = last && !last.sent ? last : undefined;
      if (waiting && mutation.type === 'item.update') {
        const folded = fold(waiting.mutation, mutation);
        if (folded) {
          this.rewrite(waiting.seq, { ...folded, mutationId: mutation.mutationId });
          return;
        }
      }
      if (waiting?.mutation.type === 'item.create' && mutation.type === 'item.delete') {
        // Never reached the hub: forget it instead of sending a create and a delete.
        this.db.prepare('DELETE FROM outbox WHERE item_id = ?').run(mutation.itemId);
        return;
      }
      this.db.prepare('INSERT INTO outbox (item_id, mutation, created_at) VALUES (?, ?, ?)').run(mutation.itemId, JSON.stringify(mutation), new Date().toISOString());
    })();
  }

  /** Queues several changes at once: all of them wait in the outbox, or none does. */
  enqueueAll(mutations: Mutation[]): void {
    this.db.transaction(() => mutations.forEach((m) => this.enqueue(m)))();
  }

  /** Settles one pushed change with the hub's answer; conflicts and refusals are kept for a person. */
  settle(entry: PendingEntry, result: MutationResult, mine: Item | null): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM outbox WHERE seq = ?').run(entry.seq);
      this.db.prepare('DELETE FROM removed_items WHERE id = ? AND NOT EXISTS (SELECT 1 FROM outbox WHERE item_id = ?)').run(entry.itemId, entry.itemId);
      if (result.status === 'applied') {
        if (result.item) {
          this.storeServerItem(result.item);
          this.rebaseAfter(entry, result.item.revision);
        } else if (entry.mutation.type === 'item.delete') this.removeServerItem(entry.itemId);
        return;
      }
      this.db
        .prepare('INSERT INTO conflicts (id, item_id, kind, mutation, mine, server, fields, message, code, params, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(
          randomUUID(),
          entry.itemId,
          result.status,
          JSON.stringify(entry.mutation),
          mine ? JSON.stringify(mine) : null,
          result.status === 'conflict' && result.server ? JSON.stringify(result.server) : null,
          JSON.stringify(result.status === 'conflict' ? result.fields : result.field ? [result.field] : []),
          result.message,
          (result.status === 'rejected' && result.code) || null,
          result.status === 'rejected' && result.params ? JSON.stringify(result.params) : null,
          new Date().toISOString(),
        );
      if (result.status === 'conflict' && result.server) this.storeServerItem(result.server);
    })();
  }

  /** Changes made on top of `entry` before it was answered are based on the revision it became. */
  private rebaseAfter(entry: PendingEntry, revision: number): void {
    if (entry.mutation.type === 'item.create') return;
    const base = entry.mutation.baseRevision;
    for (const later of this.pending()) {
      if (later.itemId !== entry.itemId || later.mutation.type === 'item.create' || later.mutation.baseRevision !== base) continue;
      this.rewrite(later.seq, { ...later.mutation, baseRevision: revision });
    }
  }

  // --- conflicts --------------------------------------------------------------------------

  conflicts(): ConflictRecord[] {
    const rows = this.db.prepare('SELECT * FROM conflicts ORDER BY created_at').all() as {
      id: string;
      item_id: string;
      kind: 'conflict' | 'rejected';
      mutation: string;
      mine: string | null;
      server: string | null;
      fields: string;
      message: string;
      code: string | null;
      params: string | null;
      created_at: string;
    }[];
    return rows.map((r) => ({
      id: r.id,
      itemId: r.item_id,
      kind: r.kind,
      mutation: JSON.parse(r.mutation),
      mine: r.mine ? JSON.parse(r.mine) : null,
      server: r.server ? JSON.parse(r.server) : null,
      fields: JSON.parse(r.fields),
      message: r.message,
      code: r.code,
      params: r.params ? (JSON.parse(r.params) as RefusalParams) : null,
      createdAt: r.created_at,
    }));
  }

  conflictCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM conflicts').get() as { n: number }).n;
  }

  removeConflict(id: string): ConflictRecord | null {
    const found = this.conflicts().find((c) => c.id === id) ?? null;
    this.db.prepare('DELETE FROM conflicts WHERE id = ?').run(id);
    return found;
  }

  // --- the editor's view ------------------------------------------------------------------

  /** An item as the editor sees it: the hub's version with this console's waiting changes on top. */
  view(id: string): Item | null {
    return applyPending(this.serverItem(id) ?? this.removedItem(id), this.pending().filter((p) => p.itemId === id), this.role() ?? 'editor');
  }

  views(): Item[] {
    const pending = this.pending();
    const byItem = new Map<string, PendingEntry[]>();
    for (const p of pending) byItem.set(p.itemId, [...(byItem.get(p.itemId) ?? []), p]);
    const role = this.role() ?? 'editor';
    const result: Item[] = [];
    const seen = new Set<string>();
    for (const item of this.serverItems()) {
      seen.add(item.id);
      const view = applyPending(item, byItem.get(item.id) ?? [], role);
      if (view) result.push(view);
    }
    for (const [id, entries] of byItem) {
      if (seen.has(id)) continue;
      const view = applyPending(this.removedItem(id), entries, role);
      if (view) result.push(view);
    }
    return result.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  pendingItemIds(): Set<string> {
    return new Set(this.pending().map((p) => p.itemId));
  }

  close(): void {
    this.db.close();
  }
}

/** Folds a later update into a waiting change of the same item; null when they cannot be combined. */
function fold(waiting: Mutation, next: Mutation & { type: 'item.update' }): Mutation | null {
  if (waiting.type === 'item.update') {
    const translations = { ...waiting.translations };
    for (const [language, change] of Object.entries(next.translations)) {
      translations[language as keyof typeof translations] = { ...translations[language as keyof typeof translations], ...change };
    }
    const importedFrom = next.importedFrom ?? waiting.importedFrom;
    return { ...waiting, fields: { ...waiting.fields, ...next.fields }, translations, minor: waiting.minor && next.minor, ...(importedFrom ? { importedFrom } : {}) };
  }
  if (waiting.type === 'item.create') {
    const source = next.translations[waiting.fields.sourceLanguage];
    const others = Object.keys(next.translations).filter((l) => l !== waiting.fields.sourceLanguage);
    // Translations cannot ride on a create: they wait as their own change, after it.
    if (others.length) return null;
    return { ...waiting, fields: { ...waiting.fields, ...next.fields }, source: { ...waiting.source, ...source } };
  }
  return null;
}

function applyPending(server: Item | null, entries: PendingEntry[], role: Role): Item | null {
  let item = server;
  for (const { mutation: m } of entries) {
    if (m.type === 'item.create') {
      const stamp = new Date().toISOString();
      item = {
        ...m.fields,
        id: m.itemId,
        tenantId: '',
        tenantName: '',
        revision: 0,
        createdAt: stamp,
        updatedAt: stamp,
        translations: { [m.fields.sourceLanguage]: { ...m.source, body: sanitizeRichText(m.source.body), status: 'current', updatedAt: stamp } },
      };
    } else if (m.type === 'item.delete') {
      item = null;
    } else if (item) {
      const plan = planUpdate(item, item, { ...m, baseRevision: item.revision }, role, new Date());
      if (plan.kind === 'apply') item = { ...plan.next, revision: item.revision };
    }
  }
  return item;
}

import { randomUUID } from 'node:crypto';
import type { Item } from '../../../shared/content';
import type { Mutation, MutationResult, PullPage } from '../../../shared/sync';
import type { SessionView } from '../../../shared/admin';
import type { Role } from '../../../shared/categories';
import { openDatabase, type Db } from '../../hub/db/open';
import type { Migration } from '../../hub/db/migrations';
import { planUpdate } from '../../hub/content/apply-mutation';
import { sanitizeRichText } from '../../hub/content/sanitize';
import { PLAIN_BOX, type SecretBox } from '../kiosk/kiosk-core';

const ADMIN_MIGRATIONS: readonly Migration[] = [
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
  message: string;
  createdAt: string;
}

export interface PendingEntry {
  seq: number;
  itemId: string;
  mutation: Mutation;
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

export class AdminStore {
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

  private reset(): void {
    this.db.exec('DELETE FROM items; DELETE FROM outbox; DELETE FROM conflicts;');
    this.setSetting('cursor', null);
    this.setSetting('lastSyncedAt', null);
  }

  // --- replica ----------------------------------------------------------------------------

  applyPull(page: PullPage<Item>, at: Date): void {
    const upsert = this.db.prepare(
      'INSERT INTO items (id, revision, json) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, json = excluded.json WHERE excluded.revision >= items.revision',
    );
    const remove = this.db.prepare('DELETE FROM items WHERE id = ?');
    this.db.transaction(() => {
      for (const item of page.items) upsert.run(item.id, item.revision, JSON.stringify(item));
      for (const t of page.tombstones) remove.run(t.id);
      this.setSetting('cursor', String(page.cursor));
      this.setSetting('lastSyncedAt', at.toISOString());
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

  private serverItems(): Item[] {
    return (this.db.prepare('SELECT json FROM items').all() as { json: string }[]).map((r) => JSON.parse(r.json) as Item);
  }

  // --- outbox -----------------------------------------------------------------------------

  pending(): PendingEntry[] {
    return (this.db.prepare('SELECT seq, item_id, mutation FROM outbox ORDER BY seq').all() as { seq: number; item_id: string; mutation: string }[]).map(
      (r) => ({ seq: r.seq, itemId: r.item_id, mutation: JSON.parse(r.mutation) as Mutation }),
    );
  }

  pendingCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;
  }

  /**
   * Queues a change. Edits to an item that already waits in the outbox are folded into the
   * waiting change, so offline edits to the same field never conflict with each other.
   */
  enqueue(mutation: Mutation): void {
    this.db.transaction(() => {
      const waiting = this.pending().filter((p) => p.itemId === mutation.itemId).at(-1);
      if (waiting && mutation.type === 'item.update') {
        const folded = fold(waiting.mutation, mutation);
        if (folded) {
          this.db.prepare('UPDATE outbox SET mutation = ? WHERE seq = ?').run(JSON.stringify(folded), waiting.seq);
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

  /** Settles one pushed change with the hub's answer; conflicts and refusals are kept for a person. */
  settle(entry: PendingEntry, result: MutationResult, mine: Item | null): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM outbox WHERE seq = ?').run(entry.seq);
      if (result.status === 'applied') {
        if (result.item) this.storeServerItem(result.item);
        else if (entry.mutation.type === 'item.delete') this.removeServerItem(entry.itemId);
        return;
      }
      this.db
        .prepare('INSERT INTO conflicts (id, item_id, kind, mutation, mine, server, fields, message, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(
          randomUUID(),
          entry.itemId,
          result.status,
          JSON.stringify(entry.mutation),
          mine ? JSON.stringify(mine) : null,
          result.status === 'conflict' && result.server ? JSON.stringify(result.server) : null,
          JSON.stringify(result.status === 'conflict' ? result.fields : result.field ? [result.field] : []),
          result.message,
          new Date().toISOString(),
        );
      if (result.status === 'conflict' && result.server) this.storeServerItem(result.server);
    })();
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
    return applyPending(this.serverItem(id), this.pending().filter((p) => p.itemId === id), this.role() ?? 'editor');
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
      const view = applyPending(null, entries, role);
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
    return { ...waiting, fields: { ...waiting.fields, ...next.fields }, translations, minor: waiting.minor && next.minor };
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

import { join } from 'node:path';
import { openDatabase, type SqliteFile as Db } from '../../hub/db/open';
import type { Migration } from '../../hub/db/migrations';

/** Its own file beside console.db, so the replica and outbox schema stays the sync engine's alone. */
const DRAFT_MIGRATIONS: readonly Migration[] = [
  {
    name: '1764489600000_editor_drafts',
    sql: `
CREATE TABLE editor_drafts (
  user_id TEXT NOT NULL,
  item_key TEXT NOT NULL,
  base_revision INTEGER,
  edits TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (user_id, item_key)
);
`,
  },
];

export interface EditorDraft {
  /** An item's id, or "new" for an item not yet saved. */
  itemKey: string;
  /** The revision the edits were made on; null for a new item. */
  baseRevision: number | null;
  edits: unknown;
  updatedAt: string;
}

interface DraftRow {
  item_key: string;
  base_revision: number | null;
  edits: string;
  updated_at: string;
}

const toDraft = (row: DraftRow): EditorDraft => ({
  itemKey: row.item_key,
  baseRevision: row.base_revision,
  edits: JSON.parse(row.edits),
  updatedAt: row.updated_at,
});

/**
 * Unsaved edits in the editor, kept on this computer per person and item until they are saved
 * or discarded, so a crash or a closed window loses nothing. Each write is its own committed
 * transaction: what the console was told is kept, is on disk.
 */
export class EditorDrafts {
  private readonly db: Db;

  constructor(dataDir: string) {
    this.db = openDatabase(join(dataDir, 'drafts.db'), DRAFT_MIGRATIONS);
  }

  get(userId: string, itemKey: string): EditorDraft | null {
    const row = this.db.prepare('SELECT item_key, base_revision, edits, updated_at FROM editor_drafts WHERE user_id = ? AND item_key = ?').get(userId, itemKey) as
      | DraftRow
      | undefined;
    return row ? toDraft(row) : null;
  }

  list(userId: string): EditorDraft[] {
    const rows = this.db.prepare('SELECT item_key, base_revision, edits, updated_at FROM editor_drafts WHERE user_id = ? ORDER BY updated_at DESC').all(userId) as DraftRow[];
    return rows.map(toDraft);
  }

  put(userId: string, draft: Omit<EditorDraft, 'updatedAt'>, now = new Date()): void {
    this.db
      .prepare(
        `INSERT INTO editor_drafts (user_id, item_key, base_revision, edits, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (user_id, item_key) DO UPDATE SET base_revision = excluded.base_revision, edits = excluded.edits, updated_at = excluded.updated_at`,
      )
      .run(userId, draft.itemKey, draft.baseRevision, JSON.stringify(draft.edits), now.toISOString());
  }

  discard(userId: string, itemKey: string): void {
    this.db.prepare('DELETE FROM editor_drafts WHERE user_id = ? AND item_key = ?').run(userId, itemKey);
  }

  close(): void {
    this.db.close();
  }
}

import { randomUUID } from 'node:crypto';
import type { SqliteFile } from '../../hub/db/open';
import { toUsageRow, usageDay, usageKey, USAGE_LIMITS, usageRowSchema, type UsageBatch, type UsageEvent, type UsageOutbox, type UsageRecorder } from '../../../shared/usage';

/**
 * The kiosk's usage counts, in its own SQLite store: each event adds one to the count of its day,
 * kind, language, item or category and search words. Sealing moves the counts into batches with
 * a random id in one transaction; a batch is deleted only when the hub confirmed it.
 */
export class UsageCounts implements UsageRecorder, UsageOutbox {
  constructor(
    private readonly db: SqliteFile,
    private readonly now: () => Date = () => new Date(),
  ) {}

  record(event: UsageEvent): void {
    const row = toUsageRow(event, usageDay(this.now()));
    if (!row) return;
    const key = usageKey(row);
    const known = this.db.prepare('SELECT 1 FROM usage_counts WHERE key = ?').get(key);
    if (row.words !== null && !known && this.wordsOn(row.day) >= USAGE_LIMITS.wordsPerDay) return;
    this.db
      .prepare('INSERT INTO usage_counts (key, day, words, row, count) VALUES (?, ?, ?, ?, 1) ON CONFLICT (key) DO UPDATE SET count = MIN(count + 1, ?)')
      .run(key, row.day, row.words, JSON.stringify(row), USAGE_LIMITS.rowCount);
  }

  private wordsOn(day: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM usage_counts WHERE day = ? AND words IS NOT NULL').get(day) as { n: number }).n;
  }

  seal(): void {
    this.db.transaction(() => {
      const counted = this.db.prepare('SELECT row, count FROM usage_counts ORDER BY day, key').all() as { row: string; count: number }[];
      // A count this version can no longer send (a language since removed) is dropped, not kept forever.
      const rows = counted.flatMap((c) => {
        const parsed = usageRowSchema.safeParse({ ...JSON.parse(c.row), count: c.count });
        return parsed.success ? [parsed.data] : [];
      });
      const at = this.now().toISOString();
      for (let i = 0; i < rows.length; i += USAGE_LIMITS.batchRows) {
        this.db.prepare('INSERT INTO usage_batches (id, rows, sealed_at) VALUES (?, ?, ?)').run(randomUUID(), JSON.stringify(rows.slice(i, i + USAGE_LIMITS.batchRows)), at);
      }
      this.db.prepare('DELETE FROM usage_counts').run();
    })();
  }

  pending(): UsageBatch[] {
    const batches = this.db.prepare('SELECT id, rows FROM usage_batches ORDER BY sealed_at, rowid').all() as { id: string; rows: string }[];
    return batches.map((b) => ({ batchId: b.id, rows: usageRowSchema.array().parse(JSON.parse(b.rows)) }));
  }

  confirm(batchId: string): void {
    this.db.prepare('DELETE FROM usage_batches WHERE id = ?').run(batchId);
  }
}

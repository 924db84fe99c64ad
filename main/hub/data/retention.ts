import type { Db } from '../db/open';
import { jsonField } from '../db/dialect';

/** How long the hub remembers its answer to a refused change, so a client that asks again gets the same one. */
export const REFUSED_MUTATION_RETENTION_MS = 30 * 24 * 60 * 60_000;

/**
 * Applied changes are remembered for good (a replay must never apply twice); refused ones cost
 * nothing to refuse again, and anyone with an account can send many: they are forgotten after
 * the retention period.
 */
export async function pruneRefusedMutations(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - REFUSED_MUTATION_RETENTION_MS).toISOString();
  const { numDeletedRows } = await db
    .deleteFrom('applied_mutations')
    .where('at', '<', before)
    .where(jsonField(db, 'result', 'status'), '=', 'rejected')
    .executeTakeFirst();
  return Number(numDeletedRows);
}

/** How long the hub keeps daily usage counts (two years), and the ids of the batches it received. */
export const USAGE_RETENTION_DAYS = 730;
export const USAGE_BATCH_ID_RETENTION_DAYS = 180;

/**
 * Usage counts older than the retention are deleted. A batch id is kept long enough that a
 * device which never heard the hub's answer sends it again in time to be recognised.
 */
export async function pruneUsage(db: Db, now: Date): Promise<number> {
  const before = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  const { numDeletedRows } = await db.deleteFrom('usage_daily').where('day', '<', before(USAGE_RETENTION_DAYS).slice(0, 10)).executeTakeFirst();
  await db.deleteFrom('usage_batches').where('received_at', '<', before(USAGE_BATCH_ID_RETENTION_DAYS)).execute();
  return Number(numDeletedRows);
}

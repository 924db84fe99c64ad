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

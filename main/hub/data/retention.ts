import type { Db } from '../db/open';

/** How long the hub remembers its answer to a refused change, so a client that asks again gets the same one. */
export const REFUSED_MUTATION_RETENTION_MS = 30 * 24 * 60 * 60_000;

/**
 * Applied changes are remembered for good (a replay must never apply twice); refused ones cost
 * nothing to refuse again, and anyone with an account can send many: they are forgotten after
 * the retention period.
 */
export function pruneRefusedMutations(db: Db, now: Date): number {
  const before = new Date(now.getTime() - REFUSED_MUTATION_RETENTION_MS).toISOString();
  return db.prepare("DELETE FROM applied_mutations WHERE at < ? AND json_extract(result, '$.status') = 'rejected'").run(before).changes;
}

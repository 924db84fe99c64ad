import { sql } from 'kysely';
import type { Db } from '../db/open';
import { engineOf, transaction } from '../db/dialect';

/**
 * How failures slow down further tries. `window`: after `max` failures within `windowMs`, no
 * more tries until the oldest leaves the window (for addresses and pairing codes, an attacker's
 * own). `backoff`: after `free` failures each further try waits twice as long as the one before,
 * up to `maxDelayMs` (for accounts: anyone can type a victim's e-mail address, so a lock-out must
 * not keep the real user out for long, while guessing stays too slow to matter).
 */
export type LimitPolicy =
  | { kind: 'window'; max: number; windowMs: number }
  | { kind: 'backoff'; free: number; firstDelayMs: number; maxDelayMs: number; windowMs: number };

/** Milliseconds until the next try may run, from the failure times (oldest first) still in the window. */
export function retryAfterMs(policy: LimitPolicy, failures: readonly number[], now: number): number {
  if (policy.kind === 'window') {
    if (failures.length < policy.max) return 0;
    return Math.max(0, failures[failures.length - policy.max]! + policy.windowMs - now);
  }
  const beyond = failures.length - policy.free;
  if (beyond < 0) return 0;
  const delay = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** beyond);
  return Math.max(0, failures[failures.length - 1]! + delay - now);
}

/** A wait in words for a sign-in message. */
export function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * Counts failures per key, in the hub's database (table auth_failures) so that a restart does not
 * forget them and several hub instances can share them.
 */
/** Namespace of the per-key advisory locks (PostgreSQL) that make a check and its count one step. */
const ATTEMPT_LOCK = 7_340_004;

export interface Attempt {
  /** Milliseconds until a try may run; 0: this one was let through and counted. */
  wait: number;
  /** Takes a counted attempt back (it succeeded). */
  undo(): Promise<void>;
}

/**
 * Counts failures per key, in the hub's database (table auth_failures) so that a restart does not
 * forget them and several hub instances can share them.
 */
export class FailureLimiter {
  constructor(
    private readonly db: Db,
    private readonly bucket: string,
    private readonly policy: LimitPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Checks the limit and counts this attempt in one step, before its (slow) check runs, so attempts
   * sent at the same moment, to one hub instance or to several, cannot all slip past the limit.
   * An attempt that must wait is not counted.
   */
  reserve(key: string): Promise<Attempt> {
    return transaction(this.db, async (trx) => {
      if (engineOf(trx) === 'postgres') await sql`SELECT pg_advisory_xact_lock(${ATTEMPT_LOCK}, hashtext(${`${this.bucket}:${key}`}))`.execute(trx);
      const now = this.now();
      const since = now - this.policy.windowMs;
      await trx.deleteFrom('auth_failures').where('bucket', '=', this.bucket).where('key', '=', key).where('at', '<=', since).execute();
      const recent = await trx
        .selectFrom('auth_failures')
        .select('at')
        .where('bucket', '=', this.bucket)
        .where('key', '=', key)
        .orderBy('at')
        .orderBy('id')
        .execute();
      const wait = retryAfterMs(this.policy, recent.map((r) => Number(r.at)), now);
      if (wait > 0) return { wait, undo: async () => {} };
      const { id } = await trx.insertInto('auth_failures').values({ bucket: this.bucket, key, at: now }).returning('id').executeTakeFirstOrThrow();
      return {
        wait: 0,
        undo: async () => {
          await this.db.deleteFrom('auth_failures').where('id', '=', id).execute();
        },
      };
    });
  }

  async reset(key: string): Promise<void> {
    await this.db.deleteFrom('auth_failures').where('bucket', '=', this.bucket).where('key', '=', key).execute();
  }
}

/** Drops failures older than any window, so the table stays small. */
export async function pruneAuthFailures(db: Db, olderThan: number): Promise<void> {
  await db.deleteFrom('auth_failures').where('at', '<=', olderThan).execute();
}

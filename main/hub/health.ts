import { sql } from 'kysely';
import type { Db } from './db/open';
import { engineOf, transaction } from './db/dialect';
import { writeMeta } from './data/change-log';

export type Check = 'ok' | string;

/**
 * Writes one row, as every change would: a database on a full disk, read-only, locked by
 * another program or out of reach fails here. Waits at most a quarter second for a lock, so a
 * probe never stalls the hub.
 */
export async function checkDatabaseWrite(db: Db, now: Date): Promise<Check> {
  try {
    if (engineOf(db) === 'postgres') {
      await transaction(db, async (trx) => {
        await sql`SET LOCAL lock_timeout = '250ms'`.execute(trx);
        await writeMeta(trx, 'health_probe', now.toISOString());
      });
    } else {
      // busy_timeout belongs to the connection: set and restored while holding it.
      await db.connection().execute(async (conn) => {
        await sql`PRAGMA busy_timeout = 250`.execute(conn);
        try {
          await writeMeta(conn, 'health_probe', now.toISOString());
        } finally {
          await sql`PRAGMA busy_timeout = 5000`.execute(conn);
        }
      });
    }
    return 'ok';
  } catch (err) {
    return `failing: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
  }
}

export interface HealthChecks {
  database: Check;
  log: Check;
}

/**
 * /livez: the process answers (restart it when not). /readyz: it can take writes (send it
 * traffic only then). /healthz: both, for people and older probes: it always answers 200 while
 * alive, and names each write path that fails.
 */
export function healthBody(checks: HealthChecks, extra: Record<string, unknown>) {
  const failing = Object.values(checks).some((c) => c !== 'ok');
  return { status: failing ? 'degraded' : 'ok', checks, ...extra };
}

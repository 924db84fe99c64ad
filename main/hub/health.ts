import type { Db } from './db/open';

export type Check = 'ok' | string;

/**
 * Writes one row, as every change would: a database on a full disk, read-only or locked by
 * another program fails here. Waits at most a quarter second for a lock, so a probe never
 * stalls the hub.
 */
export function checkDatabaseWrite(db: Db, now: Date): Check {
  const wait = db.pragma('busy_timeout', { simple: true });
  db.pragma('busy_timeout = 250');
  try {
    db.prepare("INSERT INTO meta (key, value) VALUES ('health_probe', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(now.toISOString());
    return 'ok';
  } catch (err) {
    return `failing: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
  } finally {
    db.pragma(`busy_timeout = ${Number(wait)}`);
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

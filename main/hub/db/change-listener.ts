import type pg from 'pg';
import { postgresClient } from './open';

/** How long a lost listening connection waits before it connects again. */
const RECONNECT_MS = 1_000;

/**
 * LISTENs on a PostgreSQL channel over its own connection (a pooled one cannot listen) and calls
 * `heard` for each notification and after every (re)connect, when notifications may have been
 * missed. Only the fact matters, not the payload: the caller reads what is new from its cursor.
 */
export async function listenForChanges(url: string, channel: string, heard: () => void, onError: (err: Error) => void = () => {}) {
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  async function connect(): Promise<void> {
    const next = postgresClient(url);
    next.on('notification', () => heard());
    next.on('error', (err) => {
      onError(err);
      lose(next);
    });
    next.on('end', () => lose(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (err) {
      next.end().catch(() => {});
      throw err;
    }
    if (closed) return void (await next.end());
    client = next;
    heard();
  }

  function scheduleConnect(): void {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      connect().catch((err: Error) => {
        onError(err);
        scheduleConnect();
      });
    }, RECONNECT_MS);
  }

  function lose(lost: pg.Client): void {
    if (closed || client !== lost) return;
    client = null;
    lost.end().catch(() => {});
    scheduleConnect();
  }

  await connect();
  return {
    async close(): Promise<void> {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => {});
      client = null;
    },
  };
}

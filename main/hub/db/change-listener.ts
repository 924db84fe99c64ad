import type pg from 'pg';
import { postgresClient } from './open';

/** How long a lost listening connection waits before it connects again. */
const RECONNECT_MS = 1_000;

export interface Listening {
  /** Per channel, what a notification's payload is handed to. */
  channels: Record<string, (payload: string) => void>;
  /** After every (re)connect, when notifications may have been missed while not listening. */
  listening: () => void;
  onError?: (err: Error) => void;
}

/**
 * LISTENs on PostgreSQL channels over a connection of its own (a pooled one cannot listen), and
 * connects again when it is lost. Payloads are tiny (a sequence number, a group's name): whoever
 * hears one reads what is new from the database.
 */
export async function listenForChanges(url: string, { channels, listening, onError = () => {} }: Listening) {
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  async function connect(): Promise<void> {
    const next = postgresClient(url);
    next.on('notification', (n) => channels[n.channel]?.(n.payload ?? ''));
    next.on('error', (err) => {
      onError(err);
      lose(next);
    });
    next.on('end', () => lose(next));
    try {
      await next.connect();
      for (const channel of Object.keys(channels)) await next.query(`LISTEN ${channel}`);
    } catch (err) {
      next.end().catch(() => {});
      throw err;
    }
    if (closed) return void (await next.end());
    client = next;
    listening();
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

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PhoneFeedback } from '../../../shared/feedback';

interface OutboxDb extends DBSchema {
  outbox: { key: number; value: PhoneFeedback };
}

let opened: Promise<IDBPDatabase<OutboxDb>> | null = null;
function db() {
  opened ??= openDB<OutboxDb>('wegwijs-feedback', 1, {
    upgrade(d) {
      d.createObjectStore('outbox', { autoIncrement: true });
    },
  });
  return opened;
}

/** 'sent', 'refused' (the hub will never take it: drop it) or 'later' (offline, hub busy or limiting). */
async function post(feedback: PhoneFeedback): Promise<'sent' | 'refused' | 'later'> {
  try {
    // No token, no cookie, no identifier: the location and the message, nothing else.
    const res = await fetch('/trpc/feedback.fromPhone', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(feedback),
      credentials: 'omit',
    });
    if (res.ok) return 'sent';
    return res.status === 429 || res.status >= 500 ? 'later' : 'refused';
  } catch {
    return 'later';
  }
}

let flushing: Promise<void> | null = null;

/**
 * The worker's feedback kept on the phone until the hub has it: written here first, then sent;
 * whatever could not be sent goes with the next try (on start, when the phone is online again).
 */
export const feedbackOutbox = {
  async send(feedback: PhoneFeedback): Promise<'sent' | 'kept'> {
    const key = await (await db()).add('outbox', feedback);
    await this.flush();
    return (await (await db()).get('outbox', key)) ? 'kept' : 'sent';
  },

  flush(): Promise<void> {
    flushing ??= (async () => {
      try {
        const d = await db();
        for (const key of await d.getAllKeys('outbox')) {
          const feedback = await d.get('outbox', key);
          if (!feedback) continue;
          const result = await post(feedback);
          if (result === 'later') return;
          await d.delete('outbox', key);
        }
      } finally {
        flushing = null;
      }
    })();
    return flushing;
  },

  async waiting(): Promise<number> {
    return (await db()).count('outbox');
  },
};

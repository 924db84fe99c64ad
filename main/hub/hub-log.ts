import { write } from 'node:fs';
import pino, { type Logger } from 'pino';

/** The hub's JSON log, and whether writing it still works. */
export interface HubLog {
  logger: Logger;
  /** Why the last log write failed (e.g. "EPIPE", "ENOSPC"), or null while lines are written. */
  failure(): string | null;
  /** Resolves when the lines already logged are written (or given up on), at most after `ms`. */
  drained(ms?: number): Promise<void>;
}

/** Lines kept while the log output is slow or failing; beyond this, new lines are dropped. */
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;

/**
 * Logs to a file descriptor (stdout by default) without ever blocking or stopping the hub: a line
 * that cannot be written (stdout closed, disk full) is dropped and the failure remembered for
 * /healthz. pino's own stdout writer retries a full disk forever and hangs the process on exit,
 * hence this small writer: one write at a time, in order, the queue bounded.
 */
export function hubLog(fd = 1): HubLog {
  let failure: string | null = null;
  let queue: Buffer[] = [];
  let queued = 0;
  let writing = false;

  const pump = () => {
    if (writing || queue.length === 0) return;
    writing = true;
    let chunk = Buffer.concat(queue);
    queue = [];
    queued = 0;
    const next = () =>
      write(fd, chunk, (err, n) => {
        if (err) {
          failure = err.code ?? err.message;
          writing = false;
          return pump();
        }
        failure = null;
        chunk = chunk.subarray(n);
        if (chunk.length) return next();
        writing = false;
        pump();
      });
    next();
  };

  const destination = {
    write(line: string) {
      if (queued > MAX_QUEUED_BYTES) {
        failure ??= 'log output is not keeping up';
        return;
      }
      const bytes = Buffer.from(line);
      queue.push(bytes);
      queued += bytes.length;
      pump();
    },
  };
  return {
    logger: pino({ name: 'wegwijs-hub' }, destination),
    failure: () => failure,
    async drained(ms = 2_000) {
      const until = Date.now() + ms;
      while ((writing || queue.length) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
    },
  };
}

export const silentLog = (): HubLog => ({ logger: pino({ level: 'silent' }), failure: () => null, drained: async () => {} });

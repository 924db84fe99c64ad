/**
 * Retries a failed sync after a growing wait: from about a second, doubling up to a cap, each
 * wait drawn between half and all of its ceiling, so a thousand clients that failed together
 * (a hub restart) come back spread out instead of at the same moment.
 */
export class Retry {
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly run: () => void,
    private readonly baseMs = 1_000,
    private readonly capMs = 30_000,
    private readonly random: () => number = Math.random,
  ) {}

  /** The wait before the next attempt after `failures` failures in a row. */
  delay(failures: number): number {
    const ceiling = Math.min(this.capMs, this.baseMs * 2 ** failures);
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }

  /** After a failure: one attempt waits for its turn (a second failure while it waits adds none). */
  failed(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run();
    }, this.delay(this.failures++));
    this.timer.unref();
  }

  succeeded(): void {
    this.failures = 0;
    this.cancel();
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/**
 * Runs `run` once within `spreadMs`, at a random moment; a request while one waits joins it, so a
 * steady stream of requests cannot postpone the run for ever. A live stream that reconnects pulls
 * what it may have missed, and a thousand kiosks reconnecting to a restarted hub (or hearing the
 * same notice) spread their pulls.
 */
export class Soon {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly run: () => void,
    private readonly spreadMs = 1_000,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run();
    }, Math.random() * this.spreadMs);
    this.timer.unref();
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/**
 * Counts failures per key in a sliding window. Login uses two: one per account
 * (stops guessing one password) and one per address (stops spraying many accounts).
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.maxFailures) return 0;
    return recent[0]! + this.windowMs - this.now();
  }

  fail(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.failures.set(key, recent);
  }

  /**
   * Counts an attempt before its (slow) check runs, so attempts sent at the same moment cannot
   * all slip past the limit; the returned function takes the attempt back when it succeeded.
   */
  reserve(key: string): () => void {
    const at = this.now();
    const recent = this.recent(key);
    recent.push(at);
    this.failures.set(key, recent);
    return () => {
      const list = this.failures.get(key);
      const i = list?.lastIndexOf(at) ?? -1;
      if (list && i >= 0) list.splice(i, 1);
    };
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }
}

import { describe, expect, it } from 'vitest';
import { retryAfterMs, type LimitPolicy } from './rate-limit';

const backoff: LimitPolicy = { kind: 'backoff', free: 5, firstDelayMs: 1_000, maxDelayMs: 60_000, windowMs: 900_000 };
const windowed: LimitPolicy = { kind: 'window', max: 3, windowMs: 60_000 };

describe('how failures slow down further tries', () => {
  it('backoff: free tries, then a wait that doubles after each failure, never longer than the cap', () => {
    const at = (n: number) => Array.from({ length: n }, () => 0);
    expect(retryAfterMs(backoff, at(4), 0)).toBe(0);
    expect(retryAfterMs(backoff, at(5), 0)).toBe(1_000);
    expect(retryAfterMs(backoff, at(6), 0)).toBe(2_000);
    expect(retryAfterMs(backoff, at(9), 0)).toBe(16_000);
    expect(retryAfterMs(backoff, at(30), 0)).toBe(60_000);
    // Counted from the last failure.
    expect(retryAfterMs(backoff, [...at(29), 50_000], 100_000)).toBe(10_000);
  });

  it('window: after max failures, until the oldest of them leaves the window', () => {
    expect(retryAfterMs(windowed, [0, 10], 20)).toBe(0);
    expect(retryAfterMs(windowed, [0, 10, 20], 30)).toBe(59_970);
  });
});

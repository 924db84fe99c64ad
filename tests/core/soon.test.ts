import { afterEach, describe, expect, it, vi } from 'vitest';
import { Soon } from '../../main/core/retry';

describe('Soon: a pull at a random moment within a spread', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('runs within its spread even while notices keep arriving', () => {
    vi.useFakeTimers();
    // Each wait drawn at the far end of the spread: the worst case for a run being postponed.
    vi.spyOn(Math, 'random').mockReturnValue(0.99);
    let runs = 0;
    const soon = new Soon(() => runs++, 200);
    for (let t = 0; t < 1_000; t += 50) {
      soon.schedule();
      vi.advanceTimersByTime(50);
    }
    // About one run per spread, never postponed past it by the next notice.
    expect(runs).toBe(5);
  });

  it('spreads many listeners over the window instead of one moment', () => {
    vi.useFakeTimers();
    const at: number[] = [];
    const start = Date.now();
    for (let i = 0; i < 200; i++) new Soon(() => at.push(Date.now() - start), 500).schedule();
    vi.advanceTimersByTime(500);
    expect(at).toHaveLength(200);
    expect(new Set(at.map((ms) => Math.floor(ms / 100))).size).toBe(5);
  });
});

import { describe, expect, it } from 'vitest';
import { isExitGesture } from './exit-gesture';

describe('hidden exit gesture', () => {
  it('needs five quick taps', () => {
    expect(isExitGesture([0, 400, 800, 1200, 1600])).toBe(true);
    expect(isExitGesture([0, 400, 800, 1200])).toBe(false);
    expect(isExitGesture([0, 1000, 2000, 3000, 4000])).toBe(false);
    expect(isExitGesture([0, 5000, 5400, 5800, 6200, 6600])).toBe(true);
  });
});

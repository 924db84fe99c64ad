import { describe, expect, it } from 'vitest';
import { imagesWithinBudget } from './image-budget';

describe('images kept offline', () => {
  it('keeps each image that still fits in the budget, skipping one that does not', () => {
    expect(imagesWithinBudget({ a: 400, big: 900, b: 500, c: 200 }, 1_000)).toEqual(['a', 'b']);
    expect(imagesWithinBudget({}, 1_000)).toEqual([]);
  });
});

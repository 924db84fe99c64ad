import { describe, expect, it } from 'vitest';
import { findMalformedText } from './limits';

describe('malformed text', () => {
  it('finds a lone surrogate anywhere and names its path', () => {
    expect(findMalformedText({ a: ['ok', { b: 'x\uD800y' }] })).toBe('a.1.b');
    expect(findMalformedText({ title: 'end \uDC00' })).toBe('title');
    expect(findMalformedText('\uD83D')).toBe('');
  });

  it('accepts real text in every script, emoji included', () => {
    expect(findMalformedText({ t: 'Zażółć 🙂 مرحبا Здравей', n: 3, x: null })).toBeNull();
  });
});

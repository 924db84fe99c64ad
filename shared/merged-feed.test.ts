import { describe, expect, it } from 'vitest';
import { fallbackChain, languageCoverage, mergeFeed, resolveEntry, visibilityAt } from './merged-feed';
import { publishedItem, text } from '../tests/helpers/published-item';

const item = publishedItem;

describe('fallback chain', () => {
  it('goes from the chosen language to English to the source language, without repeats', () => {
    expect(fallbackChain('pl', 'nl')).toEqual(['pl', 'en', 'nl']);
    expect(fallbackChain('en', 'nl')).toEqual(['en', 'nl']);
    expect(fallbackChain('nl', 'nl')).toEqual(['nl', 'en']);
  });

  it('shows the chosen language when it exists', () => {
    const e = resolveEntry(item({ translations: { nl: text('Huur'), en: text('Rent'), pl: text('Czynsz') } }), 'pl');
    expect(e).toMatchObject({ title: 'Czynsz', shownLanguage: 'pl', isFallback: false });
  });

  it('falls back to English before the source, and says so', () => {
    const e = resolveEntry(item({ translations: { nl: text('Huur'), en: text('Rent') } }), 'ro');
    expect(e).toMatchObject({ title: 'Rent', shownLanguage: 'en', requestedLanguage: 'ro', isFallback: true });
  });

  it('falls back to the source language when there is no English either', () => {
    const e = resolveEntry(item({ translations: { nl: text('Huur') } }), 'bg');
    expect(e).toMatchObject({ title: 'Huur', shownLanguage: 'nl', isFallback: true });
  });
});

describe('feed order and visibility', () => {
  it('puts urgent notices first, then pinned items, then priority, then the newest', () => {
    const feed = mergeFeed(
      [
        item({ id: 'old', updatedAt: '2026-01-01T00:00:00Z' }),
        item({ id: 'new', updatedAt: '2026-02-01T00:00:00Z' }),
        item({ id: 'prio', priority: 5 }),
        item({ id: 'pin', pinned: true }),
        item({ id: 'urgent', kind: 'urgent' }),
      ],
      'nl',
    );
    expect(feed.map((e) => e.id)).toEqual(['urgent', 'pin', 'prio', 'new', 'old']);
  });

  it('shows only published items inside their validity window', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    expect(visibilityAt({ published: false, validFrom: null, validUntil: null }, now)).toBe('unpublished');
    expect(visibilityAt({ published: true, validFrom: '2026-06-02T00:00:00Z', validUntil: null }, now)).toBe('not_yet_valid');
    expect(visibilityAt({ published: true, validFrom: null, validUntil: '2026-06-01T12:00:00Z' }, now)).toBe('expired');
    expect(visibilityAt({ published: true, validFrom: '2026-06-01T12:00:00Z', validUntil: '2026-06-01T12:00:01Z' }, now)).toBe('visible');
  });

  it('counts per language how many items read without falling back', () => {
    const coverage = languageCoverage([item({ translations: { nl: text('a'), pl: text('b') } }), item({ id: 'b' })]);
    expect(coverage.find((c) => c.language === 'pl')).toEqual({ language: 'pl', translated: 1, total: 2 });
    expect(coverage.find((c) => c.language === 'nl')).toEqual({ language: 'nl', translated: 2, total: 2 });
  });
});

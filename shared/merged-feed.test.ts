import { describe, expect, it } from 'vitest';
import { fallbackChain, languageCoverage, mergeFeed, resolveEntry, visibilityAt } from './merged-feed';
import { publishedItem, text } from '../tests/helpers/published-item';
import type { Item, TranslationStatus } from './content';
import { toPublished } from './published-item';
import type { PublishedItem } from './sync';

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

describe('which translation a worker reads (current, outdated, withdrawn, draft, missing)', () => {
  const changed = '2026-11-30T09:00:00.000Z';
  const t = (title: string, status: TranslationStatus, updatedAt = '2026-11-01T00:00:00.000Z') => ({ title, summary: '', body: '', status, updatedAt });
  /** A Dutch item as the hub stores it, through the same step that decides what leaves the hub. */
  const stored = (translations: Item['translations']): PublishedItem => {
    const { translations: _t, ...rest } = publishedItem();
    return toPublished({ ...rest, published: true, translations: { nl: t('Huur betalen', 'current', changed), ...translations } });
  };

  it('shows a current translation as it is', () => {
    expect(resolveEntry(stored({ pl: t('Płacenie czynszu', 'current') }), 'pl')).toMatchObject({ title: 'Płacenie czynszu', shownLanguage: 'pl', isFallback: false, originalChangedAt: null });
  });

  it('keeps showing an outdated translation, with the date its original changed', () => {
    const e = resolveEntry(stored({ pl: t('Płacenie czynszu', 'outdated') }), 'pl');
    expect(e).toMatchObject({ title: 'Płacenie czynszu', shownLanguage: 'pl', isFallback: false, originalChangedAt: changed });
  });

  it('falls back past a withdrawn, draft or missing translation, to English before the source', () => {
    for (const pl of [t('Płacenie czynszu', 'withdrawn'), t('Płacenie czynszu', 'draft'), undefined]) {
      const e = resolveEntry(stored({ en: t('Paying rent', 'current'), ...(pl ? { pl } : {}) }), 'pl');
      expect(e).toMatchObject({ title: 'Paying rent', shownLanguage: 'en', isFallback: true, originalChangedAt: null });
    }
    expect(resolveEntry(stored({ pl: t('Płacenie czynszu', 'withdrawn') }), 'pl')).toMatchObject({ shownLanguage: 'nl', isFallback: true });
  });

  it('notes an outdated English text shown as the fallback too', () => {
    expect(resolveEntry(stored({ en: t('Paying rent', 'outdated') }), 'ro')).toMatchObject({ shownLanguage: 'en', isFallback: true, originalChangedAt: changed });
  });

  it('never sends a draft or withdrawn text to a kiosk', () => {
    const published = stored({ pl: t('Szkic', 'draft'), ro: t('Retras', 'withdrawn'), hu: t('Elavult', 'outdated') });
    expect(Object.keys(published.translations).sort()).toEqual(['hu', 'nl']);
    expect(published.translations.hu?.outdated).toBe(true);
    expect(published.translations.nl?.outdated).toBeUndefined();
  });
});

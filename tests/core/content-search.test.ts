import { describe, expect, it } from 'vitest';
import type { Item } from '../../shared/content';
import { searchItems } from '../../main/core/admin/content-search';

const item = (id: string, translations: Item['translations']): Item => ({
  id,
  tenantId: 't',
  tenantName: 'Gemeente',
  category: 'housing',
  kind: 'article',
  sourceLanguage: 'nl',
  published: true,
  validFrom: null,
  validUntil: null,
  pinned: false,
  priority: 0,
  contact: null,
  links: [],
  images: [],
  revision: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  translations,
});
const text = (title: string, summary: string, body: string) => ({ title, summary, body, status: 'current' as const, updatedAt: '' });

const ITEMS = [
  item('rent', { nl: text('Huur betalen', 'Op tijd', '<p>Betaal de huur vóór de eerste.</p>'), pl: text('Płacenie czynszu', '', '<p>Zapłać <strong>czynsz</strong> przed pierwszym dniem miesiąca.</p>') }),
  item('waste', { nl: text('Afvalkalender', 'Wanneer', '<p>De grijze container op donderdag.</p>') }),
];

describe('content search', () => {
  it('finds a word of the body in any language, accents and case aside, not in markup', () => {
    expect(searchItems(ITEMS, 'czynsz')).toEqual(['rent']);
    expect(searchItems(ITEMS, 'ZAPLAC miesiaca')).toEqual(['rent']);
    expect(searchItems(ITEMS, 'voor de eerste')).toEqual(['rent']);
    expect(searchItems(ITEMS, 'donderdag')).toEqual(['waste']);
    expect(searchItems(ITEMS, 'strong')).toEqual([]);
    expect(searchItems(ITEMS, 'wanneer')).toEqual(['waste']);
  });
});

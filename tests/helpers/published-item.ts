import type { PublishedItem } from '../../shared/sync';

/** A published Dutch housing article for pure tests of merging, fallback and the kiosk store. */
export function publishedItem(overrides: Partial<PublishedItem> = {}): PublishedItem {
  return {
    id: 'a',
    tenantId: 't',
    tenantName: 'Gemeente',
    category: 'housing',
    kind: 'article',
    sourceLanguage: 'nl',
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
    translations: { nl: { title: 'Huur', summary: '', body: '', updatedAt: '' } },
    ...overrides,
  };
}

export const text = (title: string, body = '') => ({ title, summary: '', body, updatedAt: '' });

import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KioskStore } from './kiosk-store';
import type { PublishedItem } from '../../../shared/sync';
import { publishedItem, text } from '../../../tests/helpers/published-item';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function store() {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-kiosk-store-'));
  dirs.push(dir);
  return new KioskStore(join(dir, 'kiosk.db'));
}

function item(id: string, translations: PublishedItem['translations'], extra: Partial<PublishedItem> = {}): PublishedItem {
  return publishedItem({ id, category: 'money', translations, ...extra });
}
const now = new Date('2026-06-01T00:00:00Z');

describe('kiosk search', () => {
  it('folds case, accents and letters like ł, and counts only hits in the text the worker sees', () => {
    const s = store();
    s.applyPull({
      items: [
        item('a', { nl: text('Zorgtoeslag', '<p>Geld voor de zorgverzekering</p>'), pl: text('Dodatek', '<p>Pieniądze na złoty ubezpieczenie</p>') }),
        item('b', { nl: text('Sănătate', '<p>Alleen Nederlands</p>') }),
      ],
      tombstones: [],
      cursor: 5,
      hasMore: false,
      latestSeq: 5,
    });
    expect(s.search('ZLOTY', 'pl', now).map((e) => e.id)).toEqual(['a']);
    expect(s.search('pieniadze', 'pl', now).map((e) => e.id)).toEqual(['a']);
    // Dutch words of item a do not count in Polish, where item a is shown in Polish.
    expect(s.search('zorgverzekering', 'pl', now)).toEqual([]);
    // Item b has no Polish: a Polish reader sees its Dutch text, so its Dutch words count.
    expect(s.search('sanatate', 'pl', now).map((e) => e.id)).toEqual(['b']);
    expect(s.search('  ', 'pl', now)).toEqual([]);
    s.close();
  });

  it('forgets tombstoned items and hides items whose window closed while the hub was away', () => {
    const s = store();
    s.applyPull({ items: [item('a', { nl: text('Oud') }, { validUntil: '2026-05-01T00:00:00Z' }), item('b', { nl: text('Nieuw') })], tombstones: [], cursor: 1, hasMore: false, latestSeq: 1 });
    expect(s.feed('nl', now).map((e) => e.id)).toEqual(['b']);
    s.applyPull({ items: [], tombstones: [{ id: 'b', reason: 'unpublished' }], cursor: 2, hasMore: false, latestSeq: 2 });
    expect(s.feed('nl', now)).toEqual([]);
    expect(s.search('nieuw', 'nl', now)).toEqual([]);
    expect(s.cursor()).toBe(2);
    s.close();
  });
});

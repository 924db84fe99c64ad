import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KioskStore } from './kiosk-store';
import type { PublishedItem, PullPage } from '../../../shared/sync';
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

function page(items: PublishedItem[], tombstones: PullPage<PublishedItem>['tombstones'], cursor: number): PullPage<PublishedItem> {
  return { items, tombstones, cursor, hasMore: false, latestSeq: cursor, databaseId: 'db-1', hubTime: now.toISOString() };
}

describe('kiosk search', () => {
  it('folds case, accents and letters like ł, and counts only hits in the text the worker sees', () => {
    const s = store();
    s.applyPull(
      page(
        [
          item('a', { nl: text('Zorgtoeslag', '<p>Geld voor de zorgverzekering</p>'), pl: text('Dodatek', '<p>Pieniądze na złoty ubezpieczenie</p>') }),
          item('b', { nl: text('Sănătate', '<p>Alleen Nederlands</p>') }),
        ],
        [],
        5,
      ),
    );
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
    s.applyPull(page([item('a', { nl: text('Oud') }, { validUntil: '2026-05-01T00:00:00Z' }), item('b', { nl: text('Nieuw') })], [], 1));
    expect(s.feed('nl', now).map((e) => e.id)).toEqual(['b']);
    s.applyPull(page([], [{ id: 'b', reason: 'unpublished' }], 2));
    expect(s.feed('nl', now)).toEqual([]);
    expect(s.search('nieuw', 'nl', now)).toEqual([]);
    expect(s.cursor()).toBe(2);
    s.close();
  });

  it('finds an item by its new text after it is stored again, and no longer by its old text', () => {
    const s = store();
    s.applyPull(page([item('a', { nl: text('Huurtoeslag aanvragen', '<p>Vraag het aan bij de Belastingdienst</p>'), pl: text('Dodatek mieszkaniowy') }), item('b', { nl: text('Huur betalen') })], [], 1));
    s.applyPull(page([item('a', { nl: text('Zorgtoeslag aanvragen', '<p>Vraag het aan via Mijn toeslagen</p>') }, { revision: 3 })], [], 2));
    expect(s.search('zorgtoeslag', 'nl', now).map((e) => e.id)).toEqual(['a']);
    expect(s.search('huurtoeslag', 'nl', now)).toEqual([]);
    expect(s.search('belastingdienst', 'nl', now)).toEqual([]);
    // The Polish text was withdrawn: a Polish reader now sees the Dutch one, and its old Polish words find nothing.
    expect(s.search('mieszkaniowy', 'pl', now)).toEqual([]);
    expect(s.search('toeslagen', 'pl', now).map((e) => e.id)).toEqual(['a']);
    // The other item was not touched by re-storing this one.
    expect(s.search('huur', 'nl', now).map((e) => e.id)).toEqual(['b']);
    s.close();
  });

  it('re-indexes items stored before the rowid-keyed index, when it opens', () => {
    const s = store();
    s.applyPull(page([item('a', { nl: text('Zorgtoeslag') })], [], 1));
    const file = s.db.name;
    // As a store from before the migration: items, but nothing in the new index.
    s.db.exec("DELETE FROM search_rows; INSERT INTO search (search) VALUES ('delete-all');");
    s.close();
    const reopened = new KioskStore(file);
    expect(reopened.search('zorgtoeslag', 'nl', now).map((e) => e.id)).toEqual(['a']);
    reopened.close();
  });

  it('keeps showing the old content during a full resync, and swaps to the new in one step', () => {
    const s = store();
    s.applyPull(page([item('old', { nl: text('Oude regeling') })], [], 40));
    s.beginResync();
    s.stagePull({ ...page([item('new', { nl: text('Nieuwe regeling') })], [], 3), databaseId: 'db-2' });
    expect(s.feed('nl', now).map((e) => e.id)).toEqual(['old']);
    expect(s.cursor()).toBe(40);
    s.finishResync({ ...page([], [], 3), databaseId: 'db-2' });
    expect(s.feed('nl', now).map((e) => e.id)).toEqual(['new']);
    expect(s.search('regeling', 'nl', now).map((e) => e.id)).toEqual(['new']);
    expect([s.cursor(), s.databaseId()]).toEqual([3, 'db-2']);
    s.close();
  });

  it('keeps the cached images stored items use, and drops the rest', () => {
    const s = store();
    s.applyPull(page([item('a', { nl: text('Met foto') }, { images: [{ mediaId: 'm1' }] })], [], 1));
    s.saveMedia('m1', 'image/png', Buffer.from('1'));
    s.saveMedia('m2', 'image/png', Buffer.from('2'));
    expect([...s.wantedMediaIds()]).toEqual(['m1']);
    s.pruneMedia();
    expect([...s.mediaIds()]).toEqual(['m1']);
    s.close();
  });
});

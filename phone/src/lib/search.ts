import MiniSearch from 'minisearch';
import type { FeedEntry } from '../../../shared/merged-feed';
import { richTextToPlain } from '../../../shared/rich-text-policy';

/** Lower case, accents off: "łóżko", "Łozko" and "lozko" are one word; "ı", "ł" and "ø" too. */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss');
}

/**
 * Search on the phone, in the text the worker is shown (each entry's own language after the
 * fallback chain): titles count double, words are found by their start and with a typo.
 */
export function searchIndex(entries: readonly FeedEntry[]) {
  const index = new MiniSearch<{ id: string; title: string; summary: string; body: string }>({
    fields: ['title', 'summary', 'body'],
    processTerm: (term) => foldWord(term) || null,
    searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: 'AND' },
  });
  index.addAll(entries.map((e) => ({ id: e.id, title: e.title, summary: e.summary, body: richTextToPlain(e.body) })));
  const byId = new Map(entries.map((e) => [e.id, e]));
  return (query: string): FeedEntry[] => (query.trim().length < 2 ? [] : index.search(query).map((r) => byId.get(r.id as string)!));
}

import { z } from 'zod';
import type { Item } from '../../../shared/content';
import { localProcedure, localRouter } from '../local-trpc';
import type { AdminCore } from './admin-core';

/** Lower case, accents off: "Łódź" and "lodz" are the same word to a searcher. */
export function searchable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase();
}

function itemText(item: Item): string {
  return searchable(
    Object.values(item.translations)
      .flatMap((t) => (t ? [t.title, t.summary, t.body.replace(/<[^>]*>/g, ' ')] : []))
      .join(' '),
  );
}

/** Ids of the items whose title, summary or body holds every word, in any of their languages. */
export function searchItems(items: Item[], query: string): string[] {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  if (!words.length) return items.map((i) => i.id);
  return items.filter((item) => {
    const text = itemText(item);
    return words.every((w) => text.includes(w));
  }).map((i) => i.id);
}

/** The content list's full-text search over the console's own replica (waiting edits included), so it works offline. */
export function contentSearchRouter(core: AdminCore) {
  return localRouter({
    items: localProcedure.input(z.object({ query: z.string().max(200) })).query(({ input }) => searchItems(core.store.views(), input.query)),
  });
}

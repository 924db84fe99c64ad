import { CATEGORIES, type Category } from '../../../../shared/categories';
import type { TranslationState } from '../../../../shared/content';
import { isLanguageCode, LANGUAGE_CODES, type LanguageCode } from '../../../../shared/languages';
import type { PublishState } from '../../components/labels';
import type { ContentRow } from './types';

export const PUBLISH_STATES: PublishState[] = ['published', 'draft', 'scheduled', 'expired'];
export const TRANSLATION_STATES: TranslationState[] = ['current', 'draft', 'outdated', 'withdrawn', 'missing'];
export const MARKERS = ['pending', 'conflict'] as const;
export type Marker = (typeof MARKERS)[number];

/** The list's filters; they live in the URL (#/content/state/draft/lang/pl/status/outdated) so links can set them. */
export interface ListFilter {
  category?: Category;
  state?: PublishState;
  lang?: LanguageCode;
  status?: TranslationState;
  marker?: Marker;
}

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  value !== undefined && (list as readonly string[]).includes(value) ? (value as T) : undefined;

export function parseFilter(params: string[]): ListFilter {
  const pairs = new Map<string, string>();
  for (let i = 0; i + 1 < params.length; i += 2) pairs.set(params[i]!, params[i + 1]!);
  const lang = pairs.get('lang');
  return {
    category: oneOf(CATEGORIES, pairs.get('category')),
    state: oneOf(PUBLISH_STATES, pairs.get('state')),
    lang: lang && isLanguageCode(lang) ? lang : undefined,
    status: oneOf(TRANSLATION_STATES, pairs.get('status')),
    marker: oneOf(MARKERS, pairs.get('marker')),
  };
}

export function filterParams(filter: ListFilter): string[] {
  return (['category', 'state', 'lang', 'status', 'marker'] as const).flatMap((key) => (filter[key] ? [key, filter[key]!] : []));
}

export function isFiltered(filter: ListFilter): boolean {
  return filterParams(filter).length > 0;
}

/** Rows that pass every filter and, when searching, are among the matches. */
export function applyFilter(rows: ContentRow[], filter: ListFilter, matches: Set<string> | null): ContentRow[] {
  return rows.filter((row) => {
    if (matches && !matches.has(row.id)) return false;
    if (filter.category && row.category !== filter.category) return false;
    if (filter.state && row.state !== filter.state) return false;
    if (filter.marker === 'pending' && !row.pending) return false;
    if (filter.marker === 'conflict' && !row.conflict) return false;
    if (filter.status) {
      const languages = filter.lang ? [filter.lang] : LANGUAGE_CODES.filter((l) => l !== row.sourceLanguage);
      if (!languages.some((l) => row.translations[l] === filter.status)) return false;
    }
    return true;
  });
}

/** The languages worth a column chip: every language that at least one item has a text in. */
export function languagesInUse(rows: ContentRow[], always: LanguageCode[] = []): LanguageCode[] {
  const used = new Set<LanguageCode>(always);
  for (const row of rows) for (const l of LANGUAGE_CODES) if (row.translations[l] !== 'missing') used.add(l);
  return LANGUAGE_CODES.filter((l) => used.has(l));
}

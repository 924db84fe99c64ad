import { BRIDGE_LANGUAGE, LANGUAGE_CODES, type LanguageCode } from './languages';
import type { PublishedItem } from './sync';
import type { ItemFields, TranslationStatus } from './content';
import { CATEGORIES, type Category } from './categories';

/** One item as a worker sees it in one language. */
export interface FeedEntry extends Omit<PublishedItem, 'translations' | 'sourceLanguage'> {
  sourceLanguage: LanguageCode;
  requestedLanguage: LanguageCode;
  shownLanguage: LanguageCode;
  /** True when the text is not in the requested language: the screen says so in the worker's language. */
  isFallback: boolean;
  /**
   * When the text shown is a translation made before its original last changed: the date the
   * original changed. The screen still shows it, says so in the worker's language and offers the original.
   */
  originalChangedAt: string | null;
  title: string;
  summary: string;
  body: string;
}

/** What a list shows of an entry: no body, no contact card — those come with the article. */
export type FeedListEntry = Pick<
  FeedEntry,
  'id' | 'category' | 'kind' | 'tenantId' | 'tenantName' | 'sourceLanguage' | 'requestedLanguage' | 'shownLanguage' | 'isFallback' | 'originalChangedAt' | 'title' | 'summary' | 'pinned' | 'priority' | 'updatedAt' | 'validUntil'
>;

export function toListEntry(e: FeedEntry): FeedListEntry {
  return {
    id: e.id,
    category: e.category,
    kind: e.kind,
    tenantId: e.tenantId,
    tenantName: e.tenantName,
    sourceLanguage: e.sourceLanguage,
    requestedLanguage: e.requestedLanguage,
    shownLanguage: e.shownLanguage,
    isFallback: e.isFallback,
    originalChangedAt: e.originalChangedAt,
    title: e.title,
    summary: e.summary,
    pinned: e.pinned,
    priority: e.priority,
    updatedAt: e.updatedAt,
    validUntil: e.validUntil,
  };
}

/**
 * Which translations a worker reads, decided once for the kiosk, the phone and the preview:
 * current ones, and outdated ones too (a whole article in one's own language beats a foreign
 * one over an added sentence; the screen notes it). Drafts and withdrawn translations are not
 * shown: the worker gets the fallback chain, with a note.
 */
export function workerReads(status: TranslationStatus): boolean {
  return status === 'current' || status === 'outdated';
}

/** The fallback chain: the chosen language, then English, then the language the item was written in. */
export function fallbackChain(requested: LanguageCode, source: LanguageCode): LanguageCode[] {
  return [...new Set<LanguageCode>([requested, BRIDGE_LANGUAGE, source])];
}

export function resolveEntry(item: PublishedItem, requested: LanguageCode): FeedEntry | null {
  for (const language of fallbackChain(requested, item.sourceLanguage)) {
    const text = item.translations[language];
    if (!text) continue;
    const { translations: _all, ...rest } = item;
    return {
      ...rest,
      requestedLanguage: requested,
      shownLanguage: language,
      isFallback: language !== requested,
      originalChangedAt: text.outdated ? (item.translations[item.sourceLanguage]?.updatedAt ?? item.updatedAt) : null,
      title: text.title,
      summary: text.summary,
      body: text.body,
    };
  }
  return null;
}

export type VisibilityVerdict = 'visible' | 'unpublished' | 'not_yet_valid' | 'expired';

/** Whether an item's own settings let it be shown at `now` (layers and hiding are decided by the hub). */
export function visibilityAt(
  item: Pick<ItemFields, 'published' | 'validFrom' | 'validUntil'>,
  now: Date,
): VisibilityVerdict {
  if (!item.published) return 'unpublished';
  const t = now.getTime();
  if (item.validFrom && Date.parse(item.validFrom) > t) return 'not_yet_valid';
  if (item.validUntil && Date.parse(item.validUntil) <= t) return 'expired';
  return 'visible';
}

const KIND_RANK = { urgent: 0, article: 1, contact: 1 } as const;

/** Urgent notices first, then pinned items, then priority, then the most recently changed. */
export function compareFeedEntries(a: FeedEntry, b: FeedEntry): number {
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    Number(b.pinned) - Number(a.pinned) ||
    b.priority - a.priority ||
    b.updatedAt.localeCompare(a.updatedAt) ||
    a.id.localeCompare(b.id)
  );
}

export interface HomeOverview {
  urgent: FeedListEntry[];
  categories: { category: Category; count: number }[];
}

/** The home screen of a feed: its urgent notices, and how many entries each topic holds. */
export function homeOverview(entries: readonly FeedListEntry[]): HomeOverview {
  return {
    urgent: entries.filter((e) => e.kind === 'urgent'),
    categories: CATEGORIES.map((category) => ({ category, count: entries.filter((e) => e.category === category && e.kind !== 'urgent').length })),
  };
}

export function mergeFeed(items: readonly PublishedItem[], requested: LanguageCode): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const item of items) {
    const entry = resolveEntry(item, requested);
    if (entry) entries.push(entry);
  }
  return entries.sort(compareFeedEntries);
}

export interface LanguageCoverage {
  language: LanguageCode;
  /** Items readable in this language without falling back. */
  translated: number;
  total: number;
}

/** Which languages a location can offer, and how much of its content each one covers. */
export function languageCoverage(items: readonly PublishedItem[]): LanguageCoverage[] {
  return LANGUAGE_CODES.map((language) => ({
    language,
    translated: items.filter((i) => i.translations[language]).length,
    total: items.length,
  }));
}

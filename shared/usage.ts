import { z } from 'zod';
import { CATEGORIES } from './categories';
import { idSchema, languageSchema } from './content';

/**
 * Anonymous usage counts, kept per day on the kiosk or phone and sent in batches. A count says
 * how often something happened on a day at a location: never who, never which phone.
 */
export const USAGE_KINDS = ['language', 'category', 'item', 'search', 'search_empty', 'read_aloud', 'qr_shown', 'app_from_kiosk'] as const;
export type UsageKind = (typeof USAGE_KINDS)[number];

export const USAGE_LIMITS = {
  /** Search words longer than this are cut: a content gap is a few words, not a message. */
  wordsChars: 40,
  /** Distinct search words kept per device and day; further new ones that day are not counted. */
  wordsPerDay: 200,
  /** Rows per batch: a batch of the longest rows stays under the hub's 64 KB for callers without a session. */
  batchRows: 250,
  /** The longest date range the statistics page asks for: the two years the hub keeps. */
  reportDays: 731,
  /** One row can stand for at most this many events (a day of a very busy kiosk). */
  rowCount: 100_000,
} as const;

const language = z.string().max(16);
const words = z.string().max(200);
/** What a screen reports: one thing a worker did. */
export const usageEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('language'), language }),
  z.strictObject({ kind: z.literal('category'), language, category: z.string().max(40) }),
  z.strictObject({ kind: z.literal('item'), language, itemId: z.string().max(40), fallback: z.boolean() }),
  z.strictObject({ kind: z.enum(['search', 'search_empty']), language, words }),
  z.strictObject({ kind: z.literal('read_aloud'), language, itemId: z.string().max(40) }),
  z.strictObject({ kind: z.enum(['qr_shown', 'app_from_kiosk']), language }),
]);
export type UsageEvent = z.infer<typeof usageEventSchema>;

/** The screens count through this; the kiosk keeps counts in its store, the phone in localStorage. */
export interface UsageRecorder {
  record(event: UsageEvent): void;
}

export const usageRowSchema = z.strictObject({
  day: z.iso.date({ error: 'Must be a day (YYYY-MM-DD)' }),
  kind: z.enum(USAGE_KINDS),
  language: languageSchema,
  itemId: idSchema.nullable(),
  category: z.enum(CATEGORIES).nullable(),
  fallback: z.boolean(),
  words: z.string().max(USAGE_LIMITS.wordsChars).nullable(),
  count: z.int().min(1).max(USAGE_LIMITS.rowCount),
});
export type UsageRow = z.infer<typeof usageRowSchema>;

export const kioskUsageBatchSchema = z.strictObject({
  /** Random, made on the device: the hub counts a batch it has seen before only once. */
  batchId: idSchema,
  rows: z.array(usageRowSchema).min(1).max(USAGE_LIMITS.batchRows),
});
export const phoneUsageBatchSchema = kioskUsageBatchSchema.extend({ locationId: idSchema });
export type UsageBatch = z.infer<typeof kioskUsageBatchSchema>;

/** Search words as counted: lower case, single spaces, no punctuation, cut to the limit. */
export function normaliseWords(query: string): string {
  return query
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, USAGE_LIMITS.wordsChars)
    .trim();
}

/** The day an event counts for, in the device's own time zone (a worker's "today"). */
export function usageDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** An event as a row of one, or null for one that cannot be counted (empty search words, an unknown language). */
export function toUsageRow(event: UsageEvent, day: string): UsageRow | null {
  const words = event.kind === 'search' || event.kind === 'search_empty' ? normaliseWords(event.words) : null;
  if (words === '') return null;
  const parsed = usageRowSchema.safeParse({
    day,
    kind: event.kind,
    language: event.language,
    itemId: event.kind === 'item' || event.kind === 'read_aloud' ? event.itemId : null,
    category: event.kind === 'category' ? event.category : null,
    fallback: event.kind === 'item' && event.fallback,
    words,
    count: 1,
  });
  return parsed.success ? parsed.data : null;
}

/** Which rows add up: everything but the count. */
export const usageKey = (r: Omit<UsageRow, 'count'>) => [r.day, r.kind, r.language, r.itemId ?? '', r.category ?? '', r.fallback ? 1 : 0, r.words ?? ''].join('\u0000');

/** Counts below this are shown as "< 5" everywhere, so that no single worker can be singled out. */
export const SMALL_COUNT = 5;

/** A device's unsent counts: sealed batches wait here, with their id, until the hub confirms them. */
export interface UsageOutbox {
  /** Turns the counts so far into batches (none when nothing was counted). */
  seal(): void;
  pending(): UsageBatch[];
  confirm(batchId: string): void;
}

/**
 * Seals the counts and sends every waiting batch, oldest first. A batch leaves the outbox only
 * when the hub confirmed it; when a send fails the rest wait for the next try, with the same id,
 * so a batch the hub got but could not confirm is not counted twice.
 */
export async function sendUsage(outbox: UsageOutbox, send: (batch: UsageBatch) => Promise<unknown>): Promise<number> {
  outbox.seal();
  let sent = 0;
  for (const batch of outbox.pending()) {
    await send(batch);
    outbox.confirm(batch.batchId);
    sent++;
  }
  return sent;
}

/** What the console asks for: a date range, and one location or all of them. */
export const usageReportInputSchema = z
  .strictObject({
    from: z.iso.date({ error: 'Must be a day (YYYY-MM-DD)' }),
    to: z.iso.date({ error: 'Must be a day (YYYY-MM-DD)' }),
    locationId: idSchema.nullable(),
  })
  .refine((r) => r.from <= r.to, { error: 'The first day must come before the last', path: ['to'] })
  .refine((r) => daysApart(r.from, r.to) < USAGE_LIMITS.reportDays, { error: 'At most two years at a time', path: ['from'] });

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export const daysApart = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
export type UsageReportInput = z.infer<typeof usageReportInputSchema>;

/** A count as the console may show it: null stands for fewer than five. */
export type ShownCount = number | null;

export interface UsageReport {
  from: string;
  to: string;
  /** `site`: everything at the tenant's locations; `own-items`: views of the tenant's own items only. */
  view: 'site' | 'own-items';
  /** The locations this tenant may look at one by one (none for the national layer: its figures are totals). */
  locations: { id: string; name: string }[];
  /** Per day and language: languages chosen (site), or views of own items by the worker's language (own-items). */
  languages: { day: string; language: string; count: ShownCount }[];
  topItems: { itemId: string; title: string; language: string; views: ShownCount; fallbackViews: ShownCount }[];
  /** Site view only: the search words that found nothing, the content gaps. */
  searchesWithoutResults: { words: string; language: string; count: ShownCount }[];
  /** Article views per day on kiosks and in the phone app. */
  sources: { day: string; kiosk: ShownCount; phone: ShownCount }[];
  /** Site view only: QR codes shown on kiosks, and the app opened from one. */
  qr: { shown: ShownCount; appOpened: ShownCount };
  readAloud: ShownCount;
  /** Workers' feedback on the tenant's own items, the most first; counts under five hidden like the rest. */
  feedback: { itemId: string; title: string; helpful: ShownCount; notHelpful: ShownCount; problems: ShownCount }[];
}

export const shownCount = (n: number): ShownCount => (n < SMALL_COUNT ? null : n);

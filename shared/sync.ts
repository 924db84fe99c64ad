import { z } from 'zod';
import { LANGUAGE_CODES } from './languages';
import { LIMITS } from './limits';
import type { RefusalCode, RefusalParams } from './refusals';
import {
  idSchema,
  itemFieldsPatchSchema,
  itemFieldsSchema,
  languageSchema,
  TRANSLATION_STATUSES,
  translationTextPatchSchema,
  translationTextSchema,
  type Item,
  type ItemFields,
  type Translation,
} from './content';

export const pullInputSchema = z.object({
  since: z.number().int().min(0, 'The cursor cannot be negative').default(0),
  /** Only changes up to this sequence: lets a client pull several ranges at once. */
  until: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(LIMITS.pullPage, `At most ${LIMITS.pullPage} per page`).default(500),
});
export type PullInput = z.input<typeof pullInputSchema>;

export type TombstoneReason = 'deleted' | 'unpublished' | 'expired' | 'not_yet_valid' | 'hidden' | 'unlinked';
export interface Tombstone {
  id: string;
  reason: TombstoneReason;
}

/** A text a worker may read. `outdated`: the source changed after it was translated (shown with a note). */
export interface PublishedTranslation extends Omit<Translation, 'status'> {
  outdated?: boolean;
}

/** What a kiosk receives: only text a worker may read (the source, current and outdated translations), never drafts. */
export interface PublishedItem extends Omit<Item, 'published' | 'translations'> {
  translations: Partial<Record<(typeof LANGUAGE_CODES)[number], PublishedTranslation>>;
}

export interface PullPage<T> {
  items: T[];
  tombstones: Tombstone[];
  cursor: number;
  /** More changes wait up to `until` (or up to now, without `until`): pull again from `cursor`. */
  hasMore: boolean;
  /** The hub's newest sequence when this page was read. */
  latestSeq: number;
  /** The hub database's identity: a restore or a move to another database changes it, and cursors start over. */
  databaseId: string;
  /** The hub's clock when it answered (ISO): clients judge validity windows by it, not by their own clock. */
  hubTime: string;
}

/** Where the next pull starts: after the page's last change, or at the end of what was asked and seen. */
export function nextCursor(lastSeqOfPage: number | undefined, hasMore: boolean, since: number, until: number | undefined, latestSeq: number): number {
  if (hasMore) return lastSeqOfPage!;
  return Math.max(since, Math.min(until ?? latestSeq, latestSeq));
}

const translationChangeSchema = translationTextPatchSchema
  .extend({ status: z.enum(TRANSLATION_STATUSES).optional() })
  .strict();

const mutationBase = { mutationId: idSchema, itemId: idSchema };

export const createItemMutationSchema = z.object({
  ...mutationBase,
  type: z.literal('item.create'),
  fields: itemFieldsSchema,
  source: translationTextSchema,
});

export const updateItemMutationSchema = z.object({
  ...mutationBase,
  type: z.literal('item.update'),
  baseRevision: z.number().int().min(1),
  fields: itemFieldsPatchSchema.default({}),
  translations: z.partialRecord(languageSchema, translationChangeSchema).default({}),
  /** A minor edit (typo, layout) does not mark the translations outdated. */
  minor: z.boolean().default(false),
  /** Set when the translations came from a translation agency's XLIFF file (its name), for the audit trail. */
  importedFrom: z.string().trim().min(1).max(200).optional(),
});

export const deleteItemMutationSchema = z.object({
  ...mutationBase,
  type: z.literal('item.delete'),
  baseRevision: z.number().int().min(1),
});

export const mutationSchema = z.discriminatedUnion('type', [
  createItemMutationSchema,
  updateItemMutationSchema,
  deleteItemMutationSchema,
]);
export type Mutation = z.infer<typeof mutationSchema>;
export type MutationInput = z.input<typeof mutationSchema>;
export type UpdateItemMutation = z.infer<typeof updateItemMutationSchema>;

export const pushInputSchema = z.object({
  mutations: z
    .array(mutationSchema)
    .min(1, 'Nothing to push')
    .max(LIMITS.pushBatch, `At most ${LIMITS.pushBatch} changes per push`),
});

export type MutationResult =
  | { mutationId: string; status: 'applied'; item: Item | null; merged: boolean }
  | { mutationId: string; status: 'conflict'; server: Item | null; fields: string[]; message: string }
  /** `code` (with `params`) is what the console shows, translated; hubs before codes sent `message` only. */
  | { mutationId: string; status: 'rejected'; message: string; field?: string; code?: RefusalCode; params?: RefusalParams };

export interface PushResult {
  results: MutationResult[];
  cursor: number;
}

/** A live notice: sent once on (re)connecting and after every change in the subscriber's scope. */
export interface ChangeNotice {
  seq: number;
  databaseId: string;
}

export type { ItemFields };

import { z } from 'zod';
import { CATEGORIES, ITEM_KINDS } from '../../../../../shared/categories';
import { languageSchema, type ContactCard, type Link } from '../../../../../shared/content';
import type { Edits } from './draft';

/**
 * Edits as the desktop core kept them. Deliberately loose: a draft may hold what does not pass
 * the checks yet (a half-typed phone number), and must come back exactly as it was left.
 */
const keptEditsSchema = z.object({
  fields: z
    .object({
      category: z.union([z.enum(CATEGORIES), z.literal('')]),
      kind: z.enum(ITEM_KINDS),
      sourceLanguage: languageSchema,
      published: z.boolean(),
      validFrom: z.string().nullable(),
      validUntil: z.string().nullable(),
      pinned: z.boolean(),
      priority: z.number(),
      contact: z.custom<ContactCard | null>((v) => v === null || typeof v === 'object'),
      links: z.custom<Link[]>(Array.isArray),
      images: z.array(z.object({ mediaId: z.string() })),
    })
    .partial(),
  texts: z.partialRecord(
    languageSchema,
    z.object({ title: z.string(), summary: z.string(), body: z.string(), keepDraft: z.boolean() }).partial(),
  ),
  minor: z.boolean(),
});

export function keptEdits(value: unknown): Edits | null {
  const parsed = keptEditsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Whether a new item has anything typed or chosen in it at all. */
export function hasAnyEdits(edits: Edits): boolean {
  const text = Object.values(edits.texts).some((t) => !!(t?.title?.trim() || t?.summary?.trim() || t?.body?.trim()));
  return text || Object.keys(edits.fields).length > 0;
}

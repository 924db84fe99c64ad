import { z } from 'zod';
import { CATEGORIES, ITEM_KINDS } from './categories';
import { LANGUAGE_CODES } from './languages';
import { LIMITS } from './limits';

export const languageSchema = z.enum(LANGUAGE_CODES, { error: 'Choose one of the offered languages' });
export const idSchema = z.uuid({ error: 'Must be an id (UUID)' });

/**
 * `outdated`: the source text changed after the translation was made (still shown to workers,
 * with a note); `withdrawn`: an editor took it off the screens (workers get the fallback).
 */
export const TRANSLATION_STATUSES = ['draft', 'current', 'outdated', 'withdrawn'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];
/** What an editor sees per language; "missing" is the absence of a translation row. */
export type TranslationState = TranslationStatus | 'missing';

/** A web address for a button or QR code: http(s) only, and short enough to print. */
export const webAddress = z
  .string()
  .trim()
  .max(LIMITS.urlChars, `At most ${LIMITS.urlChars} characters`)
  .pipe(z.url({ protocol: /^https?$/, error: 'Use a web address starting with https://' }));
export const emailAddress = z.string().trim().max(LIMITS.emailChars, `At most ${LIMITS.emailChars} characters`).pipe(z.email('Not an e-mail address'));

const isoDateTime = z.iso.datetime({ offset: true, error: 'Use a date and time like 2026-12-01T09:00:00Z' });

const translationTextFields = {
  title: z.string().trim().min(1, 'A title is required').max(LIMITS.titleChars, `At most ${LIMITS.titleChars} characters`),
  summary: z.string().trim().max(LIMITS.summaryChars, `At most ${LIMITS.summaryChars} characters`),
  body: z.string().max(LIMITS.bodyChars, `At most ${LIMITS.bodyChars} characters`),
};

export const translationTextSchema = z.object({
  ...translationTextFields,
  summary: translationTextFields.summary.default(''),
  body: translationTextFields.body.default(''),
});
/** A change to some of a translation's texts. No defaults here: Zod 4 would fill absent keys with them. */
export const translationTextPatchSchema = z.object(translationTextFields).partial();
export type TranslationText = z.infer<typeof translationTextSchema>;

/** Phone-number labels come from a fixed list so they are translated once, in the UI strings. */
export const PHONE_LABELS = ['main', 'emergency', 'whatsapp', 'after_hours', 'appointments'] as const;

export const phoneSchema = z.object({
  number: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{3,20}$/, 'Use digits, spaces and an optional leading +, like +31 416 683 456'),
  label: z.enum(PHONE_LABELS).default('main'),
});

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 09:00');

export const openingHoursSchema = z.object({
  days: z.array(z.number().int().min(1).max(7)).min(1, 'Pick at least one day'),
  opens: timeOfDay,
  closes: timeOfDay,
});

/** A contact card's facts are entered once for every language; only the item's texts are translated. */
export const contactCardSchema = z.object({
  phones: z.array(phoneSchema).max(LIMITS.phonesPerItem).default([]),
  email: emailAddress.nullable().default(null),
  address: z
    .object({
      street: z.string().trim().min(1, 'Street is required').max(LIMITS.addressChars, `At most ${LIMITS.addressChars} characters`),
      postalCode: z.string().trim().regex(/^\d{4}\s?[A-Za-z]{2}$/, 'Use a Dutch postal code like 5141 EP'),
      city: z.string().trim().min(1, 'City is required').max(100, 'At most 100 characters'),
    })
    .nullable()
    .default(null),
  openingHours: z.array(openingHoursSchema).max(14).default([]),
  website: webAddress.nullable().default(null),
});
export type ContactCard = z.infer<typeof contactCardSchema>;

export const LINK_KINDS = ['web', 'tel', 'maps', 'mail'] as const;
export const linkSchema = z
  .object({ kind: z.enum(LINK_KINDS), url: z.string().trim().min(1).max(LIMITS.urlChars, `At most ${LIMITS.urlChars} characters`) })
  .refine((l) => linkMatchesKind(l.kind, l.url), { message: 'The address does not fit the kind of link', path: ['url'] });
export type Link = z.infer<typeof linkSchema>;

export function linkMatchesKind(kind: (typeof LINK_KINDS)[number], url: string): boolean {
  switch (kind) {
    case 'tel':
      return /^tel:\+?[0-9 ()-]{3,20}$/.test(url);
    case 'mail':
      return /^mailto:[^\s@]+@[^\s@]+$/.test(url);
    case 'web':
    case 'maps':
      return /^https?:\/\/[^\s]+$/.test(url);
  }
}

export const imageSchema = z.object({ mediaId: idSchema });

const itemFieldSchemas = {
  category: z.enum(CATEGORIES, { error: 'Choose a category' }),
  kind: z.enum(ITEM_KINDS, { error: 'Choose article, contact card or urgent notice' }),
  sourceLanguage: languageSchema,
  published: z.boolean(),
  validFrom: isoDateTime.nullable(),
  validUntil: isoDateTime.nullable(),
  pinned: z.boolean(),
  priority: z.number().int().min(0).max(100),
  contact: contactCardSchema.nullable(),
  links: z.array(linkSchema).max(LIMITS.linksPerItem),
  images: z.array(imageSchema).max(LIMITS.imagesPerItem),
};

/** Item fields that are not translated, with the defaults of a new item. */
export const itemFieldsSchema = z.object({
  ...itemFieldSchemas,
  published: itemFieldSchemas.published.default(false),
  validFrom: itemFieldSchemas.validFrom.default(null),
  validUntil: itemFieldSchemas.validUntil.default(null),
  pinned: itemFieldSchemas.pinned.default(false),
  priority: itemFieldSchemas.priority.default(0),
  contact: itemFieldSchemas.contact.default(null),
  links: itemFieldSchemas.links.default([]),
  images: itemFieldSchemas.images.default([]),
});
/** The fields an update changes; absent keys stay as they are (so: no defaults). */
export const itemFieldsPatchSchema = z.object(itemFieldSchemas).partial().strict();
export type ItemFields = z.infer<typeof itemFieldsSchema>;
export const ITEM_FIELD_NAMES = Object.keys(itemFieldsSchema.shape) as (keyof ItemFields)[];

export function checkValidityWindow(fields: Pick<ItemFields, 'validFrom' | 'validUntil'>): string | null {
  if (fields.validFrom && fields.validUntil && Date.parse(fields.validUntil) <= Date.parse(fields.validFrom)) {
    return 'Valid until must be after valid from';
  }
  return null;
}

export interface Translation extends TranslationText {
  status: TranslationStatus;
  updatedAt: string;
}

/** An item as the hub stores it and an admin pulls it: every language, every state. */
export interface Item extends ItemFields {
  id: string;
  tenantId: string;
  tenantName: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  translations: Partial<Record<(typeof LANGUAGE_CODES)[number], Translation>>;
}

export interface Revision {
  revision: number;
  at: string;
  userName: string;
  snapshot: Item;
}

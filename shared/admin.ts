import { z } from 'zod';
import type { ScreenHours } from './screen-hours';
import { CATEGORIES, LOCATION_KINDS, ROLES, TENANT_KINDS, type LocationKind, type Role, type TenantKind } from './categories';
import { emailAddress, idSchema, languageSchema } from './content';
import { LANGUAGE_CODES, type LanguageCode } from './languages';
import { LIMITS } from './limits';

const name = z.string().trim().min(1, 'A name is required').max(LIMITS.nameChars, `At most ${LIMITS.nameChars} characters`);
const email = emailAddress.transform((e) => e.toLowerCase());
export const PASSWORD_MIN = 10;
const password = z.string().min(PASSWORD_MIN, `At least ${PASSWORD_MIN} characters`).max(200, 'At most 200 characters');

export const loginInputSchema = z.object({
  email,
  password: z.string().min(1, 'Enter your password').max(200),
});

export const createTenantInputSchema = z.object({ kind: z.enum(TENANT_KINDS), name });
export const createUserInputSchema = z.object({ email, name, role: z.enum(ROLES), password });
export const createTenantAdminInputSchema = z.object({ tenantId: idSchema, email, name, password });

export const locationInputSchema = z.object({
  name,
  kind: z.enum(LOCATION_KINDS),
  address: z.string().trim().max(LIMITS.addressChars, `At most ${LIMITS.addressChars} characters`).default(''),
});
export type LocationInput = z.infer<typeof locationInputSchema>;

/** The languages a location's kiosks and phone app offer, in the order the municipality chose. */
export const locationLanguagesSchema = z
  .array(z.enum(LANGUAGE_CODES, { error: 'languages: not one of the interface languages' }), { error: 'languages: a list of language codes' })
  .min(1, 'languages: offer at least one language')
  .refine((codes) => new Set(codes).size === codes.length, 'languages: each language only once');

export const setLocationLanguagesInputSchema = z.object({
  locationId: idSchema,
  /** Null: the location's default, every interface language (or what a kiosk's install script chose). */
  languages: locationLanguagesSchema.nullable(),
});

export interface LocationView {
  id: string;
  name: string;
  kind: LocationKind;
  address: string;
  /** Chosen by the municipality, in order; null: every interface language (today's default). */
  languages: LanguageCode[] | null;
  /** The phone app at this location, built from the hub's public URL: what the kiosk's home QR code opens (add `?lang=`). */
  appUrl: string;
  municipality: string;
  employers: { id: string; name: string }[];
  hiddenItemIds: string[];
  /** True for the municipality that manages it; linked employers only read. */
  managed: boolean;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
}

export interface TenantView {
  id: string;
  kind: TenantKind;
  name: string;
}

export interface SessionView {
  token: string;
  expiresAt: string;
  user: { id: string; name: string; email: string; role: Role | 'operator' };
  tenant: TenantView | null;
}

export const kioskCreateInputSchema = z.object({ locationId: idSchema, name });

export interface KioskView {
  id: string;
  name: string;
  locationId: string;
  locationName: string;
  paired: boolean;
  revoked: boolean;
  online: boolean;
  lastHeartbeatAt: string | null;
  appVersion: string | null;
  contentSeq: number | null;
  uptimeSeconds: number | null;
  lastError: string | null;
  /** The languages its language screen offers, as it last reported them (none before its first report). */
  languages: LanguageCode[];
  /** How far the kiosk's own clock was ahead of the hub's at its last heartbeat (ms; negative: behind). */
  clockOffsetMs: number | null;
  /** How its screen is set up, as it last reported it. */
  orientation: 'portrait' | 'landscape' | 'auto' | null;
  /** Changes its location shows that came after the kiosk's content number (0: current; null before its first report). */
  changesBehind: number | null;
  /** Its own off hours (null: its location's), and its location's (null: always on). */
  screenHours: ScreenHours | null;
  locationScreenHours: ScreenHours | null;
}

/** Beyond this a kiosk's clock counts as wrong; the console says so. Content is judged by the hub's clock anyway. */
export const CLOCK_SKEW_WARNING_MS = 60_000;

export interface PairingCodeView {
  kioskId: string;
  code: string;
  expiresAt: string;
}

export const pairInputSchema = z.object({
  code: z.string().trim().min(4, 'Enter the pairing code').max(20, 'That is not a pairing code'),
});

export interface PairResult {
  deviceToken: string;
  kioskId: string;
  location: { id: string; name: string };
}

export const heartbeatInputSchema = z.object({
  appVersion: z.string().trim().min(1).max(40),
  contentSeq: z.number().int().min(0),
  uptimeSeconds: z.number().int().min(0),
  lastError: z.string().max(2_000).nullable().default(null),
  /** What the kiosk's language screen offers: the dashboard shows these languages' translations first. */
  languages: z.array(languageSchema).max(LANGUAGE_CODES.length).default([]),
  /** The kiosk's own clock when it sent this; kiosks before this field leave it out. */
  clock: z.iso.datetime({ offset: true }).optional(),
  /** How its screen is set up; kiosks before this field leave it out. */
  orientation: z.enum(['portrait', 'landscape', 'auto']).optional(),
});

/** The merged list is paged like a screen shows it: the first 200 entries unless asked for more. */
export const FEED_PAGE = 200;

export const feedInputSchema = z.object({
  locationId: idSchema,
  language: languageSchema,
  category: z.enum(CATEGORIES).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(2_000, 'At most 2000 entries per request').default(FEED_PAGE),
});

export const mediaUploadInputSchema = z.object({
  contentType: z.enum(['image/png', 'image/jpeg', 'image/webp'], { error: 'Upload a PNG, JPEG or WebP image' }),
  dataBase64: z
    .string()
    .min(1, 'The file is empty')
    .max(Math.ceil((LIMITS.uploadBytes * 4) / 3) + 4, `Images can be at most ${LIMITS.uploadBytes / 1024 / 1024} MB`),
});

/** A kiosk is online when its last heartbeat is younger than this. */
export const KIOSK_ONLINE_WINDOW_MS = 3 * 60_000;

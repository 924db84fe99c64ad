import { z } from 'zod';
import { languageSchema } from './content';
import type { LanguageCode } from './languages';

/** What an audit line says was done, in the words the console shows and filters by. */
export const AUDIT_KINDS = [
  'created',
  'edited',
  'published',
  'unpublished',
  'scheduled',
  'translated',
  'marked_current',
  'restored',
  'deleted',
  'image_uploaded',
  'user_created',
  'user_deactivated',
  'user_activated',
  'role_changed',
  'signed_in',
  'kiosk_created',
  'pairing_code',
  'kiosk_paired',
  'kiosk_revoked',
  'location_changed',
  'tenant_created',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export interface AuditAction {
  kind: AuditKind;
  /** For "translated into" and "marked current". */
  language?: LanguageCode;
}

export const auditQuerySchema = z.object({
  limit: z.number().int().min(1).max(500).default(100),
  /** Entries older than this id: the next page. */
  beforeId: z.number().int().optional(),
  actorId: z.string().max(100).optional(),
  kind: z.enum(AUDIT_KINDS).optional(),
  itemId: z.string().max(100).optional(),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

export const auditActionSchema = z.object({ kind: z.enum(AUDIT_KINDS), language: languageSchema.optional() });

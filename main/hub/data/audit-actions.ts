import type { Item } from '../../../shared/content';
import { LANGUAGE_CODES } from '../../../shared/languages';
import type { AuditAction, AuditKind } from '../../../shared/audit';

/** The audit kind of every action that is not an item update (those are named by `itemUpdateActions`). */
export const KIND_OF_ACTION: Record<string, AuditKind> = {
  'item.create': 'created',
  'item.delete': 'deleted',
  'item.restore': 'restored',
  'media.upload': 'image_uploaded',
  'user.create': 'user_created',
  'user.deactivate': 'user_deactivated',
  'user.activate': 'user_activated',
  'user.role': 'role_changed',
  'session.login': 'signed_in',
  'kiosk.create': 'kiosk_created',
  'kiosk.pairing_code': 'pairing_code',
  'kiosk.paired': 'kiosk_paired',
  'kiosk.revoke': 'kiosk_revoked',
  'location.create': 'location_changed',
  'location.update': 'location_changed',
  'location.link': 'location_changed',
  'location.unlink': 'location_changed',
  'location.hide': 'location_changed',
  'location.show': 'location_changed',
  'location.languages': 'location_changed',
  'tenant.create': 'tenant_created',
};

const SETTINGS = ['category', 'kind', 'sourceLanguage', 'validUntil', 'pinned', 'priority', 'contact', 'links', 'images'] as const;

/** What an update did, named: published or scheduled, unpublished, edited, translated into X, marked current. */
export function itemUpdateActions(before: Item, after: Item, now: Date): AuditAction[] {
  const out: AuditAction[] = [];
  const startsLater = !!after.validFrom && Date.parse(after.validFrom) > now.getTime();
  if (!before.published && after.published) out.push({ kind: startsLater ? 'scheduled' : 'published' });
  else if (after.published && after.validFrom !== before.validFrom && startsLater) out.push({ kind: 'scheduled' });
  if (before.published && !after.published) out.push({ kind: 'unpublished' });
  const source = after.sourceLanguage;
  const was = before.translations[source];
  const is = after.translations[source];
  const sourceChanged = !!is && (!was || was.title !== is.title || was.summary !== is.summary || was.body !== is.body);
  if (sourceChanged || SETTINGS.some((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))) out.push({ kind: 'edited' });
  for (const language of LANGUAGE_CODES) {
    if (language === source) continue;
    const a = before.translations[language];
    const b = after.translations[language];
    if (!b) continue;
    if (!a || a.title !== b.title || a.summary !== b.summary || a.body !== b.body) out.push({ kind: 'translated', language });
    else if (a.status !== 'current' && b.status === 'current') out.push({ kind: 'marked_current', language });
  }
  return out.length ? out : [{ kind: 'edited' }];
}

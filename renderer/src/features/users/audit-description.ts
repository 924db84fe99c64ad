import type { Role } from '../../../../shared/categories';
import type { TFunction } from 'i18next';
import { resources } from '../../locales';

type UserStringKey = keyof (typeof resources)['en']['users'];
const userKeys: Record<string, string> = resources.en.users;
const isUserKey = (key: string): key is UserStringKey => key in userKeys;

export interface AuditLine {
  action: string;
  entityId: string | null;
  detail?: unknown;
}

/** Names of the things an audit line can point at, from lists the console already has. */
export interface AuditNames {
  users: Map<string, string>;
  locations: Map<string, string>;
  kiosks: Map<string, string>;
  items: Map<string, string>;
  employers: Map<string, string>;
  /** A content language's name in the console's language. */
  language(code: string): string;
}

type T = TFunction<'users'>;

const KNOWN = new Set([
  'session.login',
  'user.create',
  'user.role',
  'user.activate',
  'user.deactivate',
  'location.create',
  'location.update',
  'location.link',
  'location.unlink',
  'location.hide',
  'location.show',
  'kiosk.create',
  'kiosk.pairing_code',
  'kiosk.paired',
  'kiosk.revoke',
  'item.create',
  'item.update',
  'item.delete',
  'item.restore',
  'item.translation_import',
  'media.upload',
  'tenant.create',
]);

/** One audit line in words: "Changed the role of Anna from Editor to Admin". */
export function describeAudit(line: AuditLine, names: AuditNames, t: T): string {
  const detail = (line.detail ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const id = line.entityId ?? '';
  const [entity] = line.action.split('.');
  const lookup: Record<string, Map<string, string>> = { user: names.users, location: names.locations, kiosk: names.kiosks, item: names.items };
  const target =
    lookup[entity ?? '']?.get(id) ?? str(detail.name) ?? str(detail.email) ?? (id ? `${id.slice(0, 8)}…` : t('unknown'));
  const role = (r: unknown) => (typeof r === 'string' ? t(`role_${r as Role}`) : t('unknown'));
  if (!KNOWN.has(line.action)) return t('audit_other', { action: line.action });
  const key = `audit_${line.action.replace('.', '_')}`;
  if (!isUserKey(key)) return t('audit_other', { action: line.action });
  return t(key, {
    target,
    role: role(detail.role),
    from: role(detail.from),
    to: role(detail.to),
    employer: names.employers.get(str(detail.employerTenantId) ?? '') ?? t('unknown'),
    item: names.items.get(str(detail.itemId) ?? '') ?? t('unknown'),
    revision: typeof detail.revision === 'number' ? detail.revision : '?',
    languages: Array.isArray(detail.languages) ? detail.languages.map((l) => names.language(String(l))).join(', ') : '',
    file: str(detail.file) ?? '',
  });
}

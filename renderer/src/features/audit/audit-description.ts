import type { TFunction } from 'i18next';
import type { AuditAction } from '../../../../shared/audit';
import type { LanguageCode } from '../../../../shared/languages';
import { resources } from '../../locales';

type AuditKey = keyof (typeof resources)['en']['audit'];
const auditKeys: Record<string, string> = resources.en.audit;
const isAuditKey = (key: string): key is AuditKey => key in auditKeys;

export interface AuditLine {
  action: string;
  actions: AuditAction[];
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
}

type T = TFunction<'audit'>;

const text = (detail: unknown, key: string): string | undefined => {
  const value = typeof detail === 'object' && detail !== null ? Object.entries(detail).find(([k]) => k === key)?.[1] : undefined;
  return typeof value === 'string' ? value : undefined;
};

/** One audit line in words: "Translated item “Afvalkalender” into Polish", "Changed the role of Anna from Editor to Admin". */
export function describeAudit(line: AuditLine, names: AuditNames, t: T, languageName: (l: LanguageCode) => string): string {
  const id = line.entityId ?? '';
  const [entity] = line.action.split('.');
  const lookup: Record<string, Map<string, string>> = { user: names.users, location: names.locations, kiosk: names.kiosks, item: names.items };
  const target = lookup[entity ?? '']?.get(id) ?? text(line.detail, 'name') ?? text(line.detail, 'email') ?? (id ? `${id.slice(0, 8)}…` : t('unknown'));
  const role = (r: string | undefined) => {
    const key = `role_${r ?? ''}`;
    return isAuditKey(key) ? t(key) : t('unknown');
  };
  if (line.action === 'item.update') {
    return line.actions
      .map((a) => {
        const key = `item_${a.kind}`;
        return isAuditKey(key) ? t(key, { target, language: a.language ? languageName(a.language) : '' }) : t('audit_item_update', { target });
      })
      .join('; ');
  }
  const key = `audit_${line.action.replace('.', '_')}`;
  if (!isAuditKey(key)) return t('audit_other', { action: line.action });
  const revision = typeof line.detail === 'object' && line.detail !== null && 'revision' in line.detail ? String(line.detail.revision) : '?';
  return t(key, {
    target,
    role: role(text(line.detail, 'role')),
    from: role(text(line.detail, 'from')),
    to: role(text(line.detail, 'to')),
    employer: names.employers.get(text(line.detail, 'employerTenantId') ?? '') ?? t('unknown'),
    item: names.items.get(text(line.detail, 'itemId') ?? '') ?? t('unknown'),
    revision,
  });
}

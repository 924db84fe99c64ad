import {
  checkValidityWindow,
  ITEM_FIELD_NAMES,
  type Item,
  type ItemFields,
  type Translation,
} from '../../../shared/content';
import { isLanguageCode, type LanguageCode } from '../../../shared/languages';
import { richTextToPlain } from '../../../shared/rich-text-policy';
import type { UpdateItemMutation } from '../../../shared/sync';
import type { Role } from '../../../shared/categories';
import { refusal } from '../../../shared/refusals';
import { sanitizeRichText } from './sanitize';

/**
 * The rules of one item update, without a database: field-by-field merge against the revision
 * the editor started from, role limits, and when translations become outdated.
 */
export type UpdatePlan =
  | { kind: 'apply'; next: Item; changedKeys: string[]; merged: boolean }
  | { kind: 'noop' }
  | { kind: 'conflict'; fields: string[] }
  | ({ kind: 'rejected' } & ReturnType<typeof refusal>);

type FlatItem = Map<string, string>;
const TEXT_FIELDS = ['title', 'summary', 'body'] as const;

/** Every mergeable unit of an item under one key: `category`, `t.pl.title`, `t.pl.status`, … */
export function flattenItem(item: Item): FlatItem {
  const flat: FlatItem = new Map();
  for (const name of ITEM_FIELD_NAMES) flat.set(name, JSON.stringify(item[name]));
  for (const [language, t] of Object.entries(item.translations)) {
    if (!t) continue;
    for (const f of TEXT_FIELDS) flat.set(`t.${language}.${f}`, JSON.stringify(t[f]));
    flat.set(`t.${language}.status`, JSON.stringify(t.status));
  }
  return flat;
}

function flattenMutation(m: UpdateItemMutation): FlatItem {
  const flat: FlatItem = new Map();
  for (const [name, value] of Object.entries(m.fields)) flat.set(name, JSON.stringify(value));
  for (const [language, t] of Object.entries(m.translations)) {
    for (const [f, value] of Object.entries(t ?? {})) {
      if (value !== undefined) flat.set(`t.${language}.${f}`, JSON.stringify(f === 'body' ? sanitizeRichText(value) : value));
    }
  }
  return flat;
}

/** Keys the mutation sets to a value other than the server's, where the server moved on since the base. */
export function conflictingKeys(base: Item, current: Item, m: UpdateItemMutation): string[] {
  const baseFlat = flattenItem(base);
  const currentFlat = flattenItem(current);
  const conflicts: string[] = [];
  for (const [key, value] of flattenMutation(m)) {
    const serverMoved = baseFlat.get(key) !== currentFlat.get(key);
    if (serverMoved && currentFlat.get(key) !== value) conflicts.push(key);
  }
  return conflicts;
}

function sameText(a: Pick<Translation, 'title' | 'summary' | 'body'>, b: Pick<Translation, 'title' | 'summary' | 'body'>) {
  return a.title.trim() === b.title.trim() && a.summary.trim() === b.summary.trim() && richTextToPlain(a.body) === richTextToPlain(b.body);
}

function checkRole(role: Role, current: Item, m: UpdateItemMutation): ReturnType<typeof refusal> | null {
  if (role === 'viewer') return refusal('viewer_cannot_edit');
  if (role !== 'translator') return null;
  if (Object.keys(m.fields).length) return refusal('translator_translations_only', 'fields');
  if (m.translations[current.sourceLanguage]) {
    return refusal('translator_not_source', `translations.${current.sourceLanguage}`);
  }
  return null;
}

export function planUpdate(
  current: Item,
  base: Item | null,
  m: UpdateItemMutation,
  role: Role,
  now: Date,
): UpdatePlan {
  const refused = checkRole(role, current, m);
  if (refused) return { kind: 'rejected', ...refused };
  if (m.baseRevision > current.revision || !base) {
    return { kind: 'rejected', ...refusal('revision_unknown', 'baseRevision', { revision: m.baseRevision }) };
  }
  const merged = m.baseRevision !== current.revision;
  if (merged) {
    const conflicts = conflictingKeys(base, current, m);
    if (conflicts.length) return { kind: 'conflict', fields: conflicts };
  }

  const stamp = now.toISOString();
  const fields: ItemFields = { ...pickFields(current), ...m.fields };
  const windowError = checkValidityWindow(fields);
  if (windowError) return { kind: 'rejected', ...refusal('validity_window', 'fields.validUntil') };

  const next: Item = { ...current, ...fields, translations: { ...current.translations } };
  for (const [language, change] of Object.entries(m.translations)) {
    if (!change || !isLanguageCode(language)) continue;
    const existing = next.translations[language];
    const text = {
      title: change.title ?? existing?.title ?? '',
      summary: change.summary ?? existing?.summary ?? '',
      body: change.body !== undefined ? sanitizeRichText(change.body) : (existing?.body ?? ''),
    };
    if (!text.title.trim()) return { kind: 'rejected', ...refusal('title_required', `translations.${language}.title`) };
    const textChanged =
      !existing || existing.title !== text.title || existing.summary !== text.summary || existing.body !== text.body;
    const status = language === fields.sourceLanguage ? 'current' : (change.status ?? (textChanged ? 'current' : existing!.status));
    if (!textChanged && existing?.status === status) continue;
    next.translations[language] = { ...text, status, updatedAt: stamp };
  }
  if (!next.translations[fields.sourceLanguage]) {
    return { kind: 'rejected', ...refusal('source_text_required', 'fields.sourceLanguage') };
  }

  markOutdated(current, next, m);

  const before = flattenItem(current);
  const after = flattenItem(next);
  const changedKeys = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
  if (!changedKeys.length) return { kind: 'noop' };
  return { kind: 'apply', next: { ...next, revision: current.revision + 1, updatedAt: stamp }, changedKeys, merged };
}

/**
 * When the source text really changed (not a re-save, not formatting only, not a minor edit),
 * every current translation the same change did not also touch becomes outdated.
 */
function markOutdated(current: Item, next: Item, m: UpdateItemMutation): void {
  const source = current.sourceLanguage;
  const before = current.translations[source];
  const after = next.translations[source];
  if (m.minor || !before || !after || source !== next.sourceLanguage) return;
  if (sameText(before, after)) return;
  for (const [language, t] of Object.entries(next.translations) as [LanguageCode, Translation][]) {
    if (language === source || m.translations[language] || t.status !== 'current') continue;
    next.translations[language] = { ...t, status: 'outdated' };
  }
}

export function pickFields(item: Item): ItemFields {
  return Object.fromEntries(ITEM_FIELD_NAMES.map((k) => [k, item[k]])) as unknown as ItemFields;
}

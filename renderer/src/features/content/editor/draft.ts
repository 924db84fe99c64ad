import type { Category } from '../../../../../shared/categories';
import {
  checkValidityWindow,
  ITEM_FIELD_NAMES,
  itemFieldsSchema,
  translationTextSchema,
  type Item,
  type ItemFields,
  type TranslationState,
  type TranslationStatus,
  type TranslationText,
} from '../../../../../shared/content';
import { LANGUAGE_CODES, type LanguageCode } from '../../../../../shared/languages';
import { zodFieldErrors, type FieldErrors } from '../../../components/errors';
import { problemText } from '../../../lib/form-errors';

/**
 * The editor's model: the item as last loaded, plus the person's unsaved edits on top. Saving
 * sends only what really differs, so a re-save changes nothing and marks nothing outdated.
 */
export type DraftFields = Omit<ItemFields, 'category'> & { category: Category | '' };

export interface TextEdit extends Partial<TranslationText> {
  /** For a translation: keep it as a draft, not yet shown on kiosks. */
  keepDraft?: boolean;
}

export interface Edits {
  fields: Partial<DraftFields>;
  texts: Partial<Record<LanguageCode, TextEdit>>;
  minor: boolean;
}

export const NO_EDITS: Edits = { fields: {}, texts: {}, minor: false };

export interface DraftText extends TranslationText {
  /** The stored status; "missing" when there is no translation yet. */
  status: TranslationState;
  keepDraft: boolean;
}

export interface Draft {
  fields: DraftFields;
  texts: Record<LanguageCode, DraftText>;
}

export const NEW_ITEM_FIELDS: DraftFields = {
  category: '',
  kind: 'article',
  sourceLanguage: 'nl',
  published: false,
  validFrom: null,
  validUntil: null,
  pinned: false,
  priority: 0,
  contact: null,
  links: [],
  images: [],
};

export function baseFields(item: Item | null): DraftFields {
  if (!item) return NEW_ITEM_FIELDS;
  return Object.fromEntries(ITEM_FIELD_NAMES.map((k) => [k, item[k]])) as unknown as DraftFields;
}

function baseText(item: Item | null, language: LanguageCode): DraftText {
  const t = item?.translations[language];
  if (!t) return { title: '', summary: '', body: '', status: 'missing', keepDraft: false };
  return { title: t.title, summary: t.summary, body: t.body, status: t.status, keepDraft: t.status === 'draft' };
}

/** What the form shows: the stored item with the edits applied. */
export function currentDraft(item: Item | null, edits: Edits): Draft {
  const fields = { ...baseFields(item), ...edits.fields };
  const texts = Object.fromEntries(
    LANGUAGE_CODES.map((l) => {
      const base = baseText(item, l);
      return [l, { ...base, ...edits.texts[l] }];
    }),
  ) as Record<LanguageCode, DraftText>;
  return { fields, texts };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const TEXT_KEYS = ['title', 'summary', 'body'] as const;
const isBlank = (t: Pick<DraftText, 'title' | 'summary' | 'body'>) => !t.title.trim() && !t.summary.trim() && !t.body.trim();

export type TranslationChange = Partial<TranslationText> & { status?: TranslationStatus };

export interface Changes {
  fields: Partial<ItemFields>;
  translations: Partial<Record<LanguageCode, TranslationChange>>;
}

/** Only what differs from the stored item. A translation never started and left empty is no change. */
export function changes(item: Item | null, edits: Edits): Changes {
  const base = baseFields(item);
  const draft = currentDraft(item, edits);
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(edits.fields)) {
    if (!same(value, base[key as keyof DraftFields])) fields[key] = value;
  }
  const source = draft.fields.sourceLanguage;
  const translations: Changes['translations'] = {};
  for (const language of Object.keys(edits.texts) as LanguageCode[]) {
    const before = baseText(item, language);
    const after = draft.texts[language];
    const change: TranslationChange = {};
    for (const k of TEXT_KEYS) if (after[k] !== before[k]) change[k] = after[k];
    if (language !== source) {
      if (before.status === 'missing' && isBlank(after)) continue;
      if (after.keepDraft && before.status !== 'draft') change.status = 'draft';
      else if (!after.keepDraft && before.status === 'draft') change.status = 'current';
      else if (after.keepDraft && Object.keys(change).length) change.status = 'draft';
    }
    if (Object.keys(change).length) translations[language] = change;
  }
  return { fields: fields as Partial<ItemFields>, translations };
}

export function hasChanges(c: Changes): boolean {
  return Object.keys(c.fields).length > 0 || Object.keys(c.translations).length > 0;
}

/** The same checks as the hub, so mistakes show beside the field before anything is queued. */
export function validate(item: Item | null, edits: Edits): FieldErrors {
  const draft = currentDraft(item, edits);
  const errors: FieldErrors = {};
  const parsed = itemFieldsSchema.safeParse({ ...draft.fields, category: draft.fields.category || undefined });
  if (!parsed.success) Object.assign(errors, zodFieldErrors(parsed.error, 'fields'));
  if (checkValidityWindow(draft.fields)) errors['fields.validUntil'] ??= problemText({ path: 'validUntil', code: 'custom' });
  const source = draft.fields.sourceLanguage;
  const { translations } = changes(item, edits);
  const check = new Set<LanguageCode>(Object.keys(translations) as LanguageCode[]);
  if (!item) check.add(source);
  for (const language of check) {
    const text = translationTextSchema.safeParse(draft.texts[language]);
    if (!text.success) Object.assign(errors, zodFieldErrors(text.error, `translations.${language}`));
  }
  return errors;
}

/** The edits that turn `item` into `wanted`: used to edit a refused change again. */
export function editsToward(item: Item | null, wanted: Item): Edits {
  const base = baseFields(item);
  const fields: Record<string, unknown> = {};
  for (const key of ITEM_FIELD_NAMES) if (!same(base[key], wanted[key])) fields[key] = wanted[key];
  const texts: Edits['texts'] = {};
  for (const language of LANGUAGE_CODES) {
    const w = wanted.translations[language];
    if (!w) continue;
    const b = item?.translations[language];
    const edit: TextEdit = {};
    for (const k of TEXT_KEYS) if (!b || b[k] !== w[k]) edit[k] = w[k];
    if (Object.keys(edit).length) texts[language] = edit;
  }
  return { fields: fields as Partial<DraftFields>, texts, minor: false };
}

/** The local router's error paths, in the editor's keys (`source.title` → `translations.nl.title`). */
export function editorErrorKey(key: string, sourceLanguage: LanguageCode): string {
  return key.startsWith('source.') ? `translations.${sourceLanguage}.${key.slice('source.'.length)}` : key;
}


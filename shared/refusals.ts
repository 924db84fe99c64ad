/**
 * Why the hub refused a pushed change, as a stable code the console translates (its strings:
 * renderer/src/locales/<lang>/conflicts.json, `refusal_<code>`). The English sentence travels
 * along for consoles that do not know a code yet.
 */
export const REFUSAL_CODES = [
  'viewer_cannot_edit',
  'translator_translations_only',
  'translator_not_source',
  'revision_unknown',
  'validity_window',
  'title_required',
  'source_text_required',
  'create_editors_only',
  'delete_editors_only',
  'item_id_taken',
  'item_not_found',
  'mutation_id_taken',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Values a refusal's sentence names, e.g. the revision that does not exist. */
export type RefusalParams = Record<string, string | number>;

const ENGLISH: Record<RefusalCode, (p: RefusalParams) => string> = {
  viewer_cannot_edit: () => 'Viewers cannot change content',
  translator_translations_only: () => 'Translators can only change translations',
  translator_not_source: () => 'Translators cannot change the source text',
  revision_unknown: (p) => `Revision ${p.revision} of this item does not exist`,
  validity_window: () => 'Valid until must be after valid from',
  title_required: () => 'A title is required',
  source_text_required: () => 'The source language needs a text',
  create_editors_only: () => 'Only editors can create items',
  delete_editors_only: () => 'Only editors can delete items',
  item_id_taken: () => 'This item id is already in use',
  item_not_found: () => 'Item not found',
  mutation_id_taken: () => 'This change id is already in use',
};

/** The values of a refused change's answer: its code, the field it concerns, and the English sentence. */
export function refusal(code: RefusalCode, field?: string, params?: RefusalParams) {
  return { code, message: ENGLISH[code](params ?? {}), ...(field !== undefined && { field }), ...(params && { params }) };
}

export function isRefusalCode(code: unknown): code is RefusalCode {
  return typeof code === 'string' && (REFUSAL_CODES as readonly string[]).includes(code);
}

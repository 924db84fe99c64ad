import { createContext, useContext } from 'react';
import type { Item } from '../../../../../shared/content';
import type { LanguageCode } from '../../../../../shared/languages';
import type { Draft, DraftFields, TextEdit } from './draft';

/** What every part of the editor form reads and changes; provided once by ItemEditor. */
export interface EditorForm {
  item: Item | null;
  draft: Draft;
  minor: boolean;
  /** Settings, contact card, links, images: editors and admins only. */
  fieldsReadOnly: boolean;
  /** The source text: editors and admins; translations: translators too. */
  textReadOnly(language: LanguageCode): boolean;
  setField<K extends keyof DraftFields>(key: K, value: DraftFields[K]): void;
  setText(language: LanguageCode, change: TextEdit): void;
  setMinor(minor: boolean): void;
  /** The error for a field key like `fields.validUntil`, in the console's language. */
  error(key: string): string | undefined;
  /** True when any error key starts with the prefix (to colour a tab or a section). */
  hasErrors(prefix: string): boolean;
}

export const EditorFormContext = createContext<EditorForm | null>(null);

export function useEditorForm(): EditorForm {
  const form = useContext(EditorFormContext);
  if (!form) throw new Error('useEditorForm outside ItemEditor');
  return form;
}

/** `{ error, helperText }` for a TextField, keeping its hint when there is no error. */
export function fieldError(form: EditorForm, key: string, hint?: string) {
  const message = form.error(key);
  return { error: !!message, helperText: message ?? hint };
}

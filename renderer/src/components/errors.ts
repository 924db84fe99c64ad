import { useCallback } from 'react';
import type { ZodError } from 'zod';
import { useLanguage } from '../i18n';
import { localizeMessage, readError, type ReadError } from '../lib/form-errors';

/** Errors per form field, keyed like the hub names them: `fields.validUntil`, `translations.pl.title`. */
export type FieldErrors = Record<string, string>;

export function zodFieldErrors(error: ZodError, prefix = ''): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    out[key] ??= issue.message;
  }
  return out;
}

export type ServerErrors = ReadError;

/** Reads a tRPC error from the local router: `data.field` and `data.fieldErrors` name the fields. */
export const serverErrors = readError;

/** Turns a hub or schema message into the console's language. */
export function useMessageText() {
  const { language } = useLanguage();
  return useCallback((message: string) => localizeMessage(message, language), [language]);
}

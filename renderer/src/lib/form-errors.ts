import { TRPCClientError } from '@trpc/client';
import type { ZodError } from 'zod';
import { zodProblems, type Problem } from '../../../shared/problems';
import { i18n } from '../i18n';
import { resources } from '../locales';

/** What a failed call says, in the console's language: a message per field, the whole message, and the error code. */
export interface ReadError {
  fields: Record<string, string>;
  message: string;
  code: string | null;
}

/** What a form shows: a message per field, and one for the form as a whole. */
export interface FormErrors {
  fields: Record<string, string>;
  /** Set when the error names no field (the server is offline, no permission, ...). */
  form: string | null;
}

interface ErrorData {
  code?: string;
  problems?: Problem[];
}

type ErrorKey = keyof (typeof resources)['en']['errors'];
const errorKeys: Record<string, string> = resources.en.errors;
const isErrorKey = (key: string): key is ErrorKey => key in errorKeys;

/**
 * A problem's code in words. The most specific text wins: for the field and kind of value
 * (`title.too_small_string`), for the field (`email.invalid_format`), for the kind of value
 * (`too_small_string`), then for the code alone (`too_small`).
 */
export function problemText(problem: Problem): string {
  const field = problem.path.split('.').filter((part) => part && !/^\d+$/.test(part)).at(-1);
  const origin = problem.params?.origin;
  const withOrigin = origin ? `${problem.code}_${origin}` : problem.code;
  const keys = field ? [`${field}.${withOrigin}`, `${field}.${problem.code}`, withOrigin, problem.code] : [withOrigin, problem.code];
  for (const key of keys) {
    if (key && isErrorKey(key)) return i18n.t(key, { ns: 'errors', ...problem.params });
  }
  return i18n.t('unknown', { ns: 'errors' });
}

/** Reads the problems that the desktop core passes on from its own input checks and from the server. */
export function readError(error: unknown): ReadError {
  const data: ErrorData | undefined = error instanceof TRPCClientError ? error.data : undefined;
  const problems = data?.problems ?? [];
  const fields: Record<string, string> = {};
  for (const problem of problems) if (problem.path) fields[problem.path] ??= problemText(problem);
  const first = problems.find((p) => !p.path) ?? problems[0];
  const request = `request.${data?.code ?? ''}`;
  const message = first ? problemText(first) : i18n.t(isErrorKey(request) ? request : 'unknown', { ns: 'errors' });
  return { fields, message, code: data?.code ?? null };
}

export function formErrors(error: unknown): FormErrors {
  if (!error) return { fields: {}, form: null };
  const { fields, message } = readError(error);
  return { fields, form: Object.keys(fields).length ? null : message };
}

/** A check the console makes itself before sending, keyed by field path like the server's. */
export function zodFieldErrors(error: ZodError, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const problem of zodProblems(error)) {
    const key = [prefix, problem.path].filter(Boolean).join('.');
    out[key] ??= problemText(problem);
  }
  return out;
}

import { TRPCClientError } from '@trpc/client';
import { DUTCH_MESSAGES } from './messages-nl';

/** What a failed call says: a message per field, the whole message, and the error code. */
export interface ReadError {
  fields: Record<string, string>;
  message: string;
  code: string | null;
}

/** What a form shows: a message per field, and one for the form as a whole. */
export interface FormErrors {
  fields: Record<string, string>;
  /** Set when the error names no field (the hub is offline, no permission, ...). */
  form: string | null;
}

interface ErrorData {
  code?: string;
  field?: string;
  fieldErrors?: Record<string, string[] | undefined>;
}

/**
 * Reads the field errors that the desktop core passes on from its own input checks and from
 * the hub (`data.field`, `data.fieldErrors`), so a form can show each one beside its field.
 */
export function readError(error: unknown): ReadError {
  const message = firstLine(error instanceof Error ? error.message : String(error));
  const data = (error instanceof TRPCClientError ? error.data : undefined) as ErrorData | undefined;
  const fields: Record<string, string> = {};
  for (const [field, messages] of Object.entries(data?.fieldErrors ?? {})) {
    if (messages?.[0]) fields[field] = messages[0];
  }
  if (data?.field) fields[data.field] ??= message;
  return { fields, message, code: data?.code ?? null };
}

export function formErrors(error: unknown): FormErrors {
  if (!error) return { fields: {}, form: null };
  const { fields, message } = readError(error);
  return { fields, form: Object.keys(fields).length ? null : message };
}

/** zod's messages for a whole input arrive as a JSON list; a person wants the first sentence. */
function firstLine(message: string): string {
  if (!message.startsWith('[')) return message;
  try {
    const parsed = JSON.parse(message) as { message?: string }[];
    if (Array.isArray(parsed) && parsed[0]?.message) return parsed[0].message;
  } catch {
    // Not JSON: a plain message.
  }
  return message;
}

/**
 * The hub and the desktop core speak English; the console shows their messages in Dutch too.
 * A number in a message ("At most 200 characters") is matched as {n}. Unknown messages are
 * shown as they are rather than hidden.
 */
export function localizeMessage(message: string, language: 'nl' | 'en', extraDutch: Record<string, string> = {}): string {
  if (language === 'en') return message;
  const exact = extraDutch[message] ?? DUTCH_MESSAGES[message];
  if (exact) return exact;
  const number = /\d+/.exec(message)?.[0];
  const found = number ? DUTCH_MESSAGES[message.replace(number, '{n}')] : undefined;
  return found ? found.replace('{n}', number!) : message;
}

/** `formErrors` with every message in the console's language. */
export function localizedFormErrors(error: unknown, language: 'nl' | 'en', extraDutch?: Record<string, string>): FormErrors {
  const { fields, form } = formErrors(error);
  return {
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, localizeMessage(v, language, extraDutch)])),
    form: form && localizeMessage(form, language, extraDutch),
  };
}

import { TRPCClientError } from '@trpc/client';

/** What a failed call says about a form: a message per field, and one for the form as a whole. */
export interface FormErrors {
  fields: Record<string, string>;
  /** Set when the error names no field (the hub is offline, no permission, ...). */
  form: string | null;
}

interface ErrorData {
  field?: string;
  fieldErrors?: Record<string, string[] | undefined>;
}

/**
 * Reads the field errors that the desktop core passes on from its own input checks and from
 * the hub (`data.field`, `data.fieldErrors`), so a form can show each one beside its field.
 */
export function formErrors(error: unknown): FormErrors {
  if (!error) return { fields: {}, form: null };
  const message = error instanceof Error ? error.message : String(error);
  const data = (error instanceof TRPCClientError ? error.data : undefined) as ErrorData | undefined;
  const fields: Record<string, string> = {};
  for (const [field, messages] of Object.entries(data?.fieldErrors ?? {})) {
    if (messages?.[0]) fields[field] = messages[0];
  }
  if (data?.field && !fields[data.field]) fields[data.field] = firstLine(message);
  return { fields, form: Object.keys(fields).length ? null : firstLine(message) };
}

/** zod's messages for a whole input arrive as a JSON list; a person wants the first sentence. */
function firstLine(message: string): string {
  try {
    const parsed = JSON.parse(message) as { message?: string }[];
    if (Array.isArray(parsed) && parsed[0]?.message) return parsed[0].message;
  } catch {
    // Not JSON: a plain message.
  }
  return message;
}

/**
 * The hub and the desktop core speak English; the console shows their common messages in
 * Dutch too. A feature adds its own (e.g. the rules about the last admin). Unknown messages
 * are shown as they are rather than hidden.
 */
const DUTCH: Record<string, string> = {
  'A name is required': 'Vul een naam in',
  'Not an e-mail address': 'Dit is geen e-mailadres',
  'Use a web address starting with https://': 'Gebruik een webadres dat begint met https://',
  'The hub cannot be reached right now. Try again when you are online.':
    'De hub is nu niet bereikbaar. Probeer het opnieuw als je online bent.',
  'Only admins can do this': 'Alleen beheerders kunnen dit doen',
  'Sign in first': 'Meld je eerst aan',
  'Your session has ended. Sign in again.': 'Je sessie is verlopen. Meld je opnieuw aan.',
};

export function localizeMessage(message: string, language: 'nl' | 'en', extraDutch: Record<string, string> = {}): string {
  if (language === 'en') return message;
  const exact = extraDutch[message] ?? DUTCH[message];
  if (exact) return exact;
  const atLeast = /^At least (\d+) characters$/.exec(message);
  if (atLeast) return `Minstens ${atLeast[1]} tekens`;
  const atMost = /^At most (\d+) characters$/.exec(message);
  if (atMost) return `Hoogstens ${atMost[1]} tekens`;
  return message;
}

/** `formErrors` with every message in the console's language. */
export function localizedFormErrors(error: unknown, language: 'nl' | 'en', extraDutch?: Record<string, string>): FormErrors {
  const { fields, form } = formErrors(error);
  return {
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, localizeMessage(v, language, extraDutch)])),
    form: form && localizeMessage(form, language, extraDutch),
  };
}

import { readError, type ReadError } from '../lib/form-errors';

export { zodFieldErrors } from '../lib/form-errors';

/** Errors per form field, keyed like the server names them: `fields.validUntil`, `translations.pl.title`. */
export type FieldErrors = Record<string, string>;

export type ServerErrors = ReadError;

/** Reads a tRPC error from the local router: its problems, in the console's language. */
export const serverErrors = readError;

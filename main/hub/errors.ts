import type { Problem } from '../../shared/problems';

/** Typed errors of the hub's services, turned into tRPC errors in one place (trpc.ts). */
export type HubErrorReason = 'not_found' | 'forbidden' | 'unauthorized' | 'invalid' | 'conflict' | 'rate_limited';

/**
 * `code` is what the console translates (`email_taken`, `item_not_found`); the English message
 * is for logs and the command line only.
 */
export class HubError extends Error {
  constructor(
    readonly reason: HubErrorReason,
    readonly code: string,
    message: string,
    /** The input field the message is about, so a form can show it beside that field. */
    readonly field?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
  }

  get problem(): Problem {
    return { path: this.field ?? '', code: this.code, params: this.params };
  }
}

export const notFound = (what: 'Item' | 'Location' | 'Kiosk' | 'User' | 'Tenant' | 'Article' | 'Feedback') =>
  new HubError('not_found', `${what.toLowerCase()}_not_found`, `${what} not found`);
export const forbidden = (code: string, message: string) => new HubError('forbidden', code, message);
export const invalid = (code: string, message: string, field?: string, params?: Record<string, string | number>) =>
  new HubError('invalid', code, message, field, params);

/** Typed errors of the hub's services, turned into tRPC errors in one place (trpc.ts). */
export type HubErrorReason = 'not_found' | 'forbidden' | 'unauthorized' | 'invalid' | 'conflict' | 'rate_limited';

export class HubError extends Error {
  constructor(
    readonly reason: HubErrorReason,
    message: string,
    /** The input field the message is about, so a form can show it beside that field. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HubError('not_found', `${what} not found`);
export const forbidden = (message: string) => new HubError('forbidden', message);
export const invalid = (message: string, field?: string) => new HubError('invalid', message, field);

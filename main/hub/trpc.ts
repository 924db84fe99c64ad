import { initTRPC, TRPCError } from '@trpc/server';
import { z, ZodError } from 'zod';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import type { Role } from '../../shared/categories';
import type { HubContext } from './context';
import { HubError, type HubErrorReason } from './errors';
import { zodProblems } from '../../shared/problems';
import type { KioskData, UserData } from './data/scope';
import { findMalformedText } from '../../shared/limits';

const t = initTRPC.context<HubContext>().create({
  sse: { ping: { enabled: true, intervalMs: 10_000 }, client: { reconnectAfterInactivityMs: 25_000 } },
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // Forms show these beside the field they name.
        fieldErrors: cause instanceof ZodError ? z.flattenError(cause).fieldErrors : undefined,
        field: cause instanceof HubError ? cause.field : cause instanceof ZodError ? cause.issues[0]?.path.join('.') : undefined,
        // What the console translates: codes with field paths, never the English message.
        problems: cause instanceof HubError ? [cause.problem] : cause instanceof ZodError ? zodProblems(cause) : undefined,
      },
    };
  },
});

const CODES: Record<HubErrorReason, TRPC_ERROR_CODE_KEY> = {
  not_found: 'NOT_FOUND',
  forbidden: 'FORBIDDEN',
  unauthorized: 'UNAUTHORIZED',
  invalid: 'BAD_REQUEST',
  conflict: 'CONFLICT',
  rate_limited: 'TOO_MANY_REQUESTS',
};

/** Service errors become transport errors here, and only here. */
const mapHubErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof HubError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: CODES[cause.reason], message: cause.message, cause });
  }
  return result;
});

/** Text that is not valid Unicode (a lone surrogate) is refused before any procedure sees it. */
const wellFormedText = t.middleware(async ({ getRawInput, next }) => {
  // A call without input may have no body at all: nothing to check then.
  const raw = await getRawInput().catch(() => undefined);
  const field = findMalformedText(raw);
  if (field !== null) {
    throw new HubError('invalid', 'broken_text', `${field || 'The input'} contains a broken character (a lone surrogate)`, field);
  }
  return next();
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(mapHubErrors).use(wellFormedText);

export function signInRequired(ctx: HubContext): never {
  if (!ctx.tokenRejected) throw new HubError('unauthorized', 'sign_in_first', 'Sign in first');
  if (ctx.rejectedTokenKind === 'device') throw new HubError('unauthorized', 'kiosk_unpaired', 'This kiosk is no longer paired');
  throw new HubError('unauthorized', 'session_ended', 'Your session has ended. Sign in again.');
}

/** A signed-in member of a tenant; `ctx.data` is bound to that tenant. */
export const tenantProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.principal.kind !== 'user') {
    if (ctx.principal.kind === 'anonymous') signInRequired(ctx);
    throw new HubError('forbidden', 'organisation_account_only', 'This needs an account of an organisation');
  }
  return next({ ctx: { principal: ctx.principal, data: ctx.hub.userData(ctx.principal) } });
});

function withRoles(roles: readonly Role[], code: string, message: string) {
  return tenantProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.principal.user.role)) throw new HubError('forbidden', code, message);
    return next();
  });
}

/** Editors and admins write content; translators may too, but only translations (checked per change). */
export const contentWriterProcedure = withRoles(['admin', 'editor', 'translator'], 'read_only_role', 'Your role can only read');
export const editorProcedure = withRoles(['admin', 'editor'], 'editors_only', 'Only editors and admins can do this');
export const adminProcedure = withRoles(['admin'], 'admins_only', 'Only admins can do this');

export const kioskProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.principal.kind !== 'kiosk') {
    if (ctx.principal.kind === 'anonymous') {
      if (ctx.tokenRejected) throw new HubError('unauthorized', 'kiosk_unpaired', 'This kiosk is no longer paired');
      throw new HubError('unauthorized', 'pair_first', 'Pair this kiosk first');
    }
    throw new HubError('forbidden', 'kiosks_only', 'Only a paired kiosk can do this');
  }
  return next({ ctx: { principal: ctx.principal, data: ctx.hub.kioskData(ctx.principal) } });
});

export const operatorProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.principal.kind !== 'operator') {
    if (ctx.principal.kind === 'anonymous') signInRequired(ctx);
    throw new HubError('forbidden', 'operators_only', 'Only platform operators can do this');
  }
  return next({ ctx: { principal: ctx.principal, data: ctx.hub.operatorData(ctx.principal) } });
});

/** Either a tenant's user or a kiosk: both read merged feeds and pull, each in its own scope. */
type Reader = { kind: 'user'; data: UserData } | { kind: 'kiosk'; data: KioskData };

export const readerProcedure = publicProcedure.use(({ ctx, next }) => {
  const p = ctx.principal;
  if (p.kind === 'anonymous') signInRequired(ctx);
  if (p.kind === 'operator') throw new HubError('forbidden', 'organisation_account_only', 'Operators do not read tenant content');
  const reader: Reader = p.kind === 'user' ? { kind: 'user', data: ctx.hub.userData(p) } : { kind: 'kiosk', data: ctx.hub.kioskData(p) };
  return next({ ctx: { reader } });
});

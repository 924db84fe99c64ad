import { TRPCError } from '@trpc/server';
import { loginInputSchema } from '../../../shared/admin';
import { publicData } from '../data/scope';
import { publicProcedure, router } from '../trpc';

export const authRouter = router({
  login: publicProcedure
    .input(loginInputSchema)
    .mutation(({ ctx, input }) => publicData(ctx.deps, ctx.limits).sessions.login(input.email, input.password, ctx.address)),

  logout: publicProcedure.mutation(({ ctx }) => {
    const p = ctx.principal;
    if (p.kind !== 'user' && p.kind !== 'operator') throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Not signed in' });
    publicData(ctx.deps, ctx.limits).sessions.logout(p.sessionHash);
    return { ok: true };
  }),

  me: publicProcedure.query(({ ctx }) => {
    const p = ctx.principal;
    if (p.kind === 'user') return { kind: 'user' as const, user: p.user, tenant: p.tenant };
    if (p.kind === 'operator') return { kind: 'operator' as const, user: p.user, tenant: null };
    throw new TRPCError({ code: 'UNAUTHORIZED', message: ctx.tokenRejected ? 'Your session has ended. Sign in again.' : 'Sign in first' });
  }),
});

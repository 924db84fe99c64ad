import { loginInputSchema } from '../../../shared/admin';
import { publicProcedure, router, signInRequired } from '../trpc';
import { HubError } from '../errors';

export const authRouter = router({
  login: publicProcedure
    .input(loginInputSchema)
    .mutation(({ ctx, input }) => ctx.hub.public.sessions.login(input.email, input.password, ctx.address)),

  logout: publicProcedure.mutation(async ({ ctx }) => {
    const p = ctx.principal;
    if (p.kind !== 'user' && p.kind !== 'operator') throw new HubError('unauthorized', 'sign_in_first', 'Not signed in');
    await ctx.hub.public.sessions.logout(p.sessionHash);
    return { ok: true };
  }),

  me: publicProcedure.query(({ ctx }) => {
    const p = ctx.principal;
    if (p.kind === 'user') return { kind: 'user' as const, user: p.user, tenant: p.tenant };
    if (p.kind === 'operator') return { kind: 'operator' as const, user: p.user, tenant: null };
    return signInRequired(ctx);
  }),
});

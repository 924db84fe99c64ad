import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { localProcedure, localRouter } from '../local-trpc';
import type { AdminCore } from './admin-core';

const itemKey = z.union([z.uuid(), z.literal('new')]);
/** A generous bound: a whole item in every language is far below it. */
const MAX_DRAFT_CHARS = 2_000_000;

/** The editor's unsaved edits, per signed-in person: get, keep, discard. */
export function draftsRouter(core: AdminCore) {
  const signedIn = localProcedure.use(({ next }) => {
    const session = core.session();
    if (!session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
    return next({ ctx: { userId: session.user.id } });
  });

  return localRouter({
    get: signedIn.input(z.object({ itemKey })).query(({ ctx, input }) => core.drafts.get(ctx.userId, input.itemKey)),
    list: signedIn.query(({ ctx }) => core.drafts.list(ctx.userId).map(({ itemKey: key, updatedAt }) => ({ itemKey: key, updatedAt }))),
    put: signedIn
      .input(
        z.object({
          itemKey,
          baseRevision: z.number().int().min(0).nullable(),
          // The editor's own shape; checked again when it comes back (kept-edits.ts).
          edits: z
            .object({ fields: z.record(z.string(), z.unknown()), texts: z.record(z.string(), z.unknown()), minor: z.boolean() })
            .refine((e) => JSON.stringify(e).length <= MAX_DRAFT_CHARS, { message: 'The draft is too large' }),
        }),
      )
      .mutation(({ ctx, input }) => {
        core.drafts.put(ctx.userId, input);
        return { ok: true };
      }),
    discard: signedIn.input(z.object({ itemKey })).mutation(({ ctx, input }) => {
      core.drafts.discard(ctx.userId, input.itemKey);
      return { ok: true };
    }),
  });
}

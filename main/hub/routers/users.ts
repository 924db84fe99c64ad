import { z } from 'zod';
import { createUserInputSchema } from '../../../shared/admin';
import { auditQuerySchema } from '../../../shared/audit';
import { ROLES } from '../../../shared/categories';
import { idSchema } from '../../../shared/content';
import { adminProcedure, router, tenantProcedure } from '../trpc';

export const usersRouter = router({
  list: adminProcedure.query(({ ctx }) => ctx.data.users.list()),
  create: adminProcedure.input(createUserInputSchema).mutation(({ ctx, input }) => ctx.data.users.create(input)),
  setRole: adminProcedure
    .input(z.object({ userId: idSchema, role: z.enum(ROLES) }))
    .mutation(({ ctx, input }) => ctx.data.users.setRole(input.userId, input.role)),
  setActive: adminProcedure
    .input(z.object({ userId: idSchema, active: z.boolean() }))
    .mutation(({ ctx, input }) => ctx.data.users.setActive(input.userId, input.active)),
  /** The tenant's audit trail: who changed what, when. */
  audit: adminProcedure
    .input(auditQuerySchema)
    .query(({ ctx, input }) => ctx.data.audit(input)),
  /** Employers see their own users read-only; everyone sees who they are. */
  directory: tenantProcedure.query(async ({ ctx }) => (await ctx.data.users.list()).map(({ id, name, role, active }) => ({ id, name, role, active }))),
});

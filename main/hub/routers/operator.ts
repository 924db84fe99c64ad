import { createTenantAdminInputSchema, createTenantInputSchema } from '../../../shared/admin';
import { operatorProcedure, router } from '../trpc';

export const operatorRouter = router({
  tenants: operatorProcedure.query(({ ctx }) => ctx.data.listTenants()),
  createTenant: operatorProcedure.input(createTenantInputSchema).mutation(({ ctx, input }) => ctx.data.createTenant(input.kind, input.name)),
  createTenantAdmin: operatorProcedure.input(createTenantAdminInputSchema).mutation(({ ctx, input }) => ctx.data.createTenantAdmin(input)),
});

import { kioskUsageBatchSchema, phoneUsageBatchSchema, usageReportInputSchema } from '../../../shared/usage';
import { HubError } from '../errors';
import { kioskProcedure, publicProcedure, router, tenantProcedure } from '../trpc';

/** Anonymous usage counts in, statistics out. */
export const usageRouter = router({
  kioskBatch: kioskProcedure.input(kioskUsageBatchSchema).mutation(({ ctx, input }) => ctx.data.countUsage(input)),
  /** Phones send without a token: limited per location, so no one can flood a site's figures. */
  phoneBatch: publicProcedure.input(phoneUsageBatchSchema).mutation(async ({ ctx, input }) => {
    const data = await ctx.hub.phoneData(input.locationId);
    if ((await ctx.limits.phoneUsage.reserve(input.locationId)).wait > 0) {
      throw new HubError('rate_limited', 'too_many_usage_batches', 'Too many statistics from this location; try again later');
    }
    return data.countUsage({ batchId: input.batchId, rows: input.rows });
  }),
  report: tenantProcedure.input(usageReportInputSchema).query(({ ctx, input }) => ctx.data.usage.report(input)),
});

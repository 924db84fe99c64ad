import { feedbackListInputSchema, feedbackStatusInputSchema, kioskFeedbackSchema, phoneFeedbackSchema } from '../../../shared/feedback';
import { HubError } from '../errors';
import { describeWait, type FailureLimiter } from '../auth/rate-limit';
import { contentWriterProcedure, kioskProcedure, publicProcedure, router, tenantProcedure } from '../trpc';

/** Counts one more message against each limit, or refuses it (counted nowhere) while any limit is reached. */
async function withinLimits(limits: [FailureLimiter, string][]): Promise<void> {
  const attempts = [];
  for (const [limiter, key] of limits) {
    const attempt = await limiter.reserve(key);
    if (attempt.wait > 0) {
      for (const counted of attempts) await counted.undo();
      throw new HubError('rate_limited', 'too_much_feedback', `Too many messages from here. Try again in ${describeWait(attempt.wait)}.`, '', {
        minutes: Math.ceil(attempt.wait / 60_000),
      });
    }
    attempts.push(attempt);
  }
}

export const feedbackRouter = router({
  /** The tenant's feedback on its own items, newest first, optionally only new or only handled. */
  list: tenantProcedure.input(feedbackListInputSchema).query(({ ctx, input }) => ctx.data.feedback.list(input.status)),
  /** For the badge in the console's navigation. */
  newCount: tenantProcedure.query(({ ctx }) => ctx.data.feedback.newCount()),
  setStatus: contentWriterProcedure.input(feedbackStatusInputSchema).mutation(({ ctx, input }) => ctx.data.feedback.setStatus(input.id, input.status)),

  /** From a paired kiosk: its location comes from its token. */
  fromKiosk: kioskProcedure.input(kioskFeedbackSchema).mutation(async ({ ctx, input }) => {
    await withinLimits([[ctx.limits.feedbackPerLocation, `kiosk:${ctx.data.kiosk.locationId}`]]);
    return ctx.data.sendFeedback(input);
  }),
  /** From a worker's phone: public, per location, no token, no cookie; limited per location and per address. */
  fromPhone: publicProcedure.input(phoneFeedbackSchema).mutation(async ({ ctx, input }) => {
    const location = await ctx.hub.phoneData(input.locationId);
    await withinLimits([
      [ctx.limits.feedbackPerLocation, `phone:${input.locationId}`],
      [ctx.limits.feedbackPerAddress, ctx.address],
    ]);
    return location.sendFeedback(input);
  }),
});

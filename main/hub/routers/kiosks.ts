import { z } from 'zod';
import { heartbeatInputSchema, kioskCreateInputSchema, pairInputSchema } from '../../../shared/admin';
import { idSchema } from '../../../shared/content';
import { HubError } from '../errors';
import { describeWait } from '../auth/rate-limit';
import { kioskScreenHoursInputSchema, locationScreenHoursInputSchema } from '../../../shared/screen-hours';
import { screenshotAnswerSchema, screenshotInputSchema } from '../../../shared/screenshot';
import { adminProcedure, kioskProcedure, publicProcedure, router, tenantProcedure } from '../trpc';

export const kiosksRouter = router({
  list: tenantProcedure.query(({ ctx }) => ctx.data.kiosks.list()),
  create: adminProcedure
    .input(kioskCreateInputSchema)
    .mutation(({ ctx, input }) => ctx.data.kiosks.create(input.locationId, input.name)),
  newPairingCode: adminProcedure
    .input(z.object({ kioskId: idSchema }))
    .mutation(({ ctx, input }) => ctx.data.kiosks.newPairingCode(input.kioskId)),
  revoke: adminProcedure.input(z.object({ kioskId: idSchema })).mutation(({ ctx, input }) => ctx.data.kiosks.revoke(input.kioskId)),
  setLocationScreenHours: adminProcedure.input(locationScreenHoursInputSchema).mutation(async ({ ctx, input }) => {
    const done = await ctx.data.kiosks.setLocationScreenHours(input.locationId, input.hours);
    await ctx.hub.notices.nudge({ kind: 'location', id: input.locationId });
    return done;
  }),
  setScreenHours: adminProcedure.input(kioskScreenHoursInputSchema).mutation(async ({ ctx, input }) => {
    const kiosk = await ctx.data.kiosks.setScreenHours(input.kioskId, input.hours);
    await ctx.hub.notices.nudge({ kind: 'location', id: kiosk.locationId });
    return kiosk;
  }),
  /** The chosen screen shows its name large for a few seconds; its location's kiosks are told to look now. */
  identify: adminProcedure.input(z.object({ kioskId: idSchema })).mutation(async ({ ctx, input }) => {
    const kiosk = await ctx.data.kiosks.identify(input.kioskId);
    await ctx.hub.notices.nudge({ kind: 'location', id: kiosk.locationId });
    return kiosk;
  }),
  /** Asks the kiosk for a picture of its screen; its location's kiosks are told to look at their orders now. */
  requestScreenshot: adminProcedure.input(screenshotInputSchema).mutation(async ({ ctx, input }) => {
    const { locationId, ...view } = await ctx.data.screenshots.request(input.kioskId);
    await ctx.hub.notices.nudge({ kind: 'location', id: locationId });
    return view;
  }),
  /** The latest screenshot (or why there is none); the console asks again while it waits. */
  screenshot: adminProcedure.input(screenshotInputSchema).query(({ ctx, input }) => ctx.data.screenshots.latest(input.kioskId)),
});

export const deviceRouter = router({
  /** A kiosk trades its one-time pairing code for a device token. */
  pair: publicProcedure.input(pairInputSchema).mutation(async ({ ctx, input }) => {
    // Counted before the code is checked, and taken back when it was right.
    const attempt = await ctx.limits.pairing.reserve(ctx.address);
    const { wait } = attempt;
    if (wait > 0) {
      throw new HubError('rate_limited', 'too_many_pairing_attempts', `Too many wrong codes. Try again in ${describeWait(wait)}.`, 'code', {
        minutes: Math.ceil(wait / 60_000),
      });
    }
    const paired = await ctx.hub.public.devices.pair(input.code);
    await attempt.undo();
    return paired;
  }),
  /** The kiosk's own location, and the hub's public address that its QR codes start with. */
  info: kioskProcedure.query(async ({ ctx }) => ({
    kioskId: ctx.data.kiosk.id,
    name: ctx.data.kiosk.name,
    location: await ctx.data.location(),
    publicUrl: ctx.hub.settings.publicUrl,
  })),
  heartbeat: kioskProcedure.input(heartbeatInputSchema).mutation(({ ctx, input }) => ctx.data.heartbeat(input)),
  /** Screen hours and identify, asked at every heartbeat and live notice. */
  orders: kioskProcedure.query(({ ctx }) => ctx.data.orders()),
  /** The kiosk's picture of its own screen (or why it has none), for the latest request. */
  screenshot: kioskProcedure.input(screenshotAnswerSchema).mutation(({ ctx, input }) => ctx.data.answerScreenshot(input)),
});

import { z } from 'zod';
import { heartbeatInputSchema, kioskCreateInputSchema, pairInputSchema } from '../../../shared/admin';
import { idSchema } from '../../../shared/content';
import { publicData } from '../data/scope';
import { noticeFanOutOf } from '../live-notices';
import { kioskScreenHoursInputSchema, locationScreenHoursInputSchema } from '../../../shared/screen-hours';
import { HubError } from '../errors';
import { describeWait } from '../auth/rate-limit';
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
  setLocationScreenHours: adminProcedure.input(locationScreenHoursInputSchema).mutation(({ ctx, input }) => {
    const done = ctx.data.kiosks.setLocationScreenHours(input.locationId, input.hours);
    noticeFanOutOf(ctx.deps).nudge({ kind: 'location', id: input.locationId });
    return done;
  }),
  setScreenHours: adminProcedure.input(kioskScreenHoursInputSchema).mutation(({ ctx, input }) => {
    const kiosk = ctx.data.kiosks.setScreenHours(input.kioskId, input.hours);
    noticeFanOutOf(ctx.deps).nudge({ kind: 'location', id: kiosk.locationId });
    return kiosk;
  }),
  /** The chosen screen shows its name large for a few seconds; its location's kiosks are told to look now. */
  identify: adminProcedure.input(z.object({ kioskId: idSchema })).mutation(({ ctx, input }) => {
    const kiosk = ctx.data.kiosks.identify(input.kioskId);
    noticeFanOutOf(ctx.deps).nudge({ kind: 'location', id: kiosk.locationId });
    return kiosk;
  }),
});

export const deviceRouter = router({
  /** A kiosk trades its one-time pairing code for a device token. */
  pair: publicProcedure.input(pairInputSchema).mutation(({ ctx, input }) => {
    const wait = ctx.limits.pairing.retryAfter(ctx.address);
    if (wait > 0) {
      throw new HubError('rate_limited', 'too_many_pairing_attempts', `Too many wrong codes. Try again in ${describeWait(wait)}.`, 'code', {
        minutes: Math.ceil(wait / 60_000),
      });
    }
    try {
      return publicData(ctx.deps, ctx.limits).devices.pair(input.code);
    } catch (err) {
      ctx.limits.pairing.fail(ctx.address);
      throw err;
    }
  }),
  /** The kiosk's own location, and the hub's public address that its QR codes start with. */
  info: kioskProcedure.query(({ ctx }) => ({
    kioskId: ctx.data.kiosk.id,
    name: ctx.data.kiosk.name,
    location: ctx.data.location(),
    publicUrl: ctx.deps.settings.publicUrl,
  })),
  heartbeat: kioskProcedure.input(heartbeatInputSchema).mutation(({ ctx, input }) => ctx.data.heartbeat(input)),
  /** Screen hours and identify, asked at every heartbeat and live notice. */
  orders: kioskProcedure.query(({ ctx }) => ctx.data.orders()),
});

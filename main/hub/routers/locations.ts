import { z } from 'zod';
import { locationInputSchema, setLocationLanguagesInputSchema } from '../../../shared/admin';
import { idSchema } from '../../../shared/content';
import { adminProcedure, router, tenantProcedure } from '../trpc';

export const locationsRouter = router({
  /** A municipality's own locations; an employer's linked ones (read-only). */
  list: tenantProcedure.query(({ ctx }) => ctx.data.locations.list()),
  create: adminProcedure.input(locationInputSchema).mutation(({ ctx, input }) => ctx.data.locations.create(input)),
  update: adminProcedure
    .input(z.object({ locationId: idSchema, location: locationInputSchema }))
    .mutation(({ ctx, input }) => ctx.data.locations.update(input.locationId, input.location)),
  /** Which languages the location's kiosks and phone app offer, in order; null restores the default. */
  setLanguages: adminProcedure
    .input(setLocationLanguagesInputSchema)
    .mutation(({ ctx, input }) => ctx.data.locations.setLanguages(input.locationId, input.languages)),
  setEmployerLink: adminProcedure
    .input(z.object({ locationId: idSchema, employerTenantId: idSchema, linked: z.boolean() }))
    .mutation(({ ctx, input }) => ctx.data.locations.setEmployerLink(input.locationId, input.employerTenantId, input.linked)),
  setHidden: adminProcedure
    .input(z.object({ locationId: idSchema, itemId: idSchema, hidden: z.boolean() }))
    .mutation(({ ctx, input }) => ctx.data.locations.setHidden(input.locationId, input.itemId, input.hidden)),
  employers: adminProcedure.query(({ ctx }) => ctx.data.locations.employers()),
  nationalItems: adminProcedure.query(({ ctx }) => ctx.data.locations.nationalItems()),
});

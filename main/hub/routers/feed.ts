import { z } from 'zod';
import { feedInputSchema } from '../../../shared/admin';
import { idSchema, languageSchema } from '../../../shared/content';
import { readerProcedure, router } from '../trpc';

/** Merged, published content of a location, as a worker sees it. Kiosks read their own location only. */
export const feedRouter = router({
  merged: readerProcedure
    .input(feedInputSchema)
    .query(async ({ ctx, input }) => (await ctx.reader.data.feed(input.locationId)).mergedPage(input)),
  article: readerProcedure
    .input(z.object({ locationId: idSchema, itemId: idSchema, language: languageSchema }))
    .query(async ({ ctx, input }) => (await ctx.reader.data.feed(input.locationId)).article(input.itemId, input.language)),
  languages: readerProcedure
    .input(z.object({ locationId: idSchema }))
    .query(async ({ ctx, input }) => (await ctx.reader.data.feed(input.locationId)).languages()),
});

import { z } from 'zod';
import { idSchema } from '../../../shared/content';
import { mediaUploadInputSchema } from '../../../shared/admin';
import { editorProcedure, router, tenantProcedure } from '../trpc';

export const contentRouter = router({
  list: tenantProcedure.query(({ ctx }) => ctx.data.content.list()),
  get: tenantProcedure.input(z.object({ itemId: idSchema })).query(({ ctx, input }) => ctx.data.content.get(input.itemId)),
  history: tenantProcedure.input(z.object({ itemId: idSchema })).query(({ ctx, input }) => ctx.data.content.history(input.itemId)),
  restore: editorProcedure
    .input(z.object({ itemId: idSchema, revision: z.number().int().min(1) }))
    .mutation(({ ctx, input }) => ctx.data.content.restore(input.itemId, input.revision)),
  uploadImage: editorProcedure
    .input(mediaUploadInputSchema)
    .mutation(({ ctx, input }) => ctx.data.media.upload(input.contentType, input.dataBase64)),
});

import { TRPCError } from '@trpc/server';
import { screenshotInputSchema } from '../../../shared/screenshot';
import { z } from 'zod';
import { createUserInputSchema, kioskCreateInputSchema, locationInputSchema, mediaUploadInputSchema, setLocationLanguagesInputSchema } from '../../../shared/admin';
import { auditQuerySchema } from '../../../shared/audit';
import { usageReportInputSchema } from '../../../shared/usage';
import { feedbackListInputSchema, feedbackStatusInputSchema } from '../../../shared/feedback';
import { kioskScreenHoursInputSchema, locationScreenHoursInputSchema } from '../../../shared/screen-hours';
import { CATEGORIES, ROLES } from '../../../shared/categories';
import { idSchema, itemFieldsPatchSchema, itemFieldsSchema, languageSchema, translationTextPatchSchema, translationTextSchema, TRANSLATION_STATUSES } from '../../../shared/content';
import { localProcedure, localRouter, viaHub } from '../local-trpc';
import type { AdminCore } from './admin-core';
import { contentSummary, dashboard, publishState } from './dashboard';
import { isBlocked } from './translation-import';
const translationFilesSchema = z.object({
  files: z
    .array(z.object({ name: z.string().min(1).max(300), dataBase64: z.string().min(1, 'The file is empty').max(20_000_000, 'The file is too large') }))
    .min(1, 'Choose at least one file')
    .max(500),
});
import { draftsRouter } from './drafts-router';
import { contentSearchRouter } from './content-search';

/** The admin console's local API. Screens only ever talk to this; the hub link stays in the core. */
export function adminRouter(core: AdminCore) {
  const signedIn = localProcedure.use(({ next }) => {
    if (!core.session()) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
    return next();
  });
  const hub = () => core.hub();

  return localRouter({
    drafts: draftsRouter(core),
    search: contentSearchRouter(core),
    session: localRouter({
      get: localProcedure.query(() => {
        const s = core.session();
        return s ? { hubUrl: s.hubUrl, user: s.user, tenant: s.tenant, expiresAt: s.expiresAt } : null;
      }),
      signIn: localProcedure
        .input(z.object({ hubUrl: z.url({ error: 'Enter the hub address, like http://127.0.0.1:4310' }), email: z.string().min(1, 'Enter your e-mail address'), password: z.string().min(1, 'Enter your password') }))
        .mutation(async ({ input }) => {
          const s = await viaHub(() => core.signIn(input.hubUrl, input.email, input.password));
          return { hubUrl: s.hubUrl, user: s.user, tenant: s.tenant, expiresAt: s.expiresAt };
        }),
      signOut: localProcedure.mutation(() => core.signOut()),
    }),

    sync: localRouter({
      status: localProcedure.query(() => core.status()),
      now: signedIn.mutation(async () => {
        await core.syncNow();
        return core.status();
      }),
    }),

    content: localRouter({
      /** The tenant's items as this console sees them, waiting changes included. */
      list: signedIn.query(() => contentSummary(core)),
      get: signedIn.input(z.object({ itemId: idSchema })).query(({ input }) => {
        const item = core.store.view(input.itemId);
        if (!item) throw new TRPCError({ code: 'NOT_FOUND', message: 'Item not found' });
        return {
          item,
          /** Published, scheduled or expired by the hub's clock, not this machine's. */
          state: publishState(item, core.now()),
          pending: core.store.pendingItemIds().has(item.id),
          conflicts: core.store.conflicts().filter((c) => c.itemId === item.id).length,
        };
      }),
      create: signedIn
        .input(z.object({ fields: itemFieldsSchema, source: translationTextSchema }))
        .mutation(({ input }) => ({ itemId: core.create(input.fields, input.source) })),
      update: signedIn
        .input(
          z.object({
            itemId: idSchema,
            fields: itemFieldsPatchSchema.default({}),
            translations: z.partialRecord(languageSchema, translationTextPatchSchema.extend({ status: z.enum(TRANSLATION_STATUSES).optional() })).default({}),
            minor: z.boolean().default(false),
          }),
        )
        .mutation(({ input }) => {
          if (!core.store.view(input.itemId)) throw new TRPCError({ code: 'NOT_FOUND', message: 'Item not found' });
          core.update(input.itemId, input);
          return core.store.view(input.itemId);
        }),
      remove: signedIn.input(z.object({ itemId: idSchema })).mutation(({ input }) => {
        core.remove(input.itemId);
        return { ok: true };
      }),
      history: signedIn.input(z.object({ itemId: idSchema })).query(({ input }) => viaHub(() => hub().content.history.query(input))),
      restore: signedIn.input(z.object({ itemId: idSchema, revision: z.number().int().min(1) })).mutation(async ({ input }) => {
        const item = await viaHub(() => hub().content.restore.mutate(input));
        core.store.storeServerItem(item);
        return item;
      }),
      uploadImage: signedIn.input(mediaUploadInputSchema).mutation(({ input }) => viaHub(() => hub().content.uploadImage.mutate(input))),
    }),

    translation: localRouter({
      export: signedIn
        .input(z.object({ language: languageSchema, itemIds: z.array(idSchema).min(1).max(2_000).nullable().default(null), version: z.enum(['1.2', '2.0']).default('1.2'), zip: z.boolean().default(false) }))
        .mutation(({ input }) => core.exportForTranslation(input.language, input.itemIds, input.version, input.zip)),
      plan: signedIn.input(translationFilesSchema).mutation(({ input }) => core.planTranslationImport(input.files)),
      import: signedIn
        .input(translationFilesSchema.extend({ status: z.enum(['draft', 'current']) }))
        .mutation(async ({ input }) => {
          const plan = await core.importTranslations(input.files, input.status);
          if (isBlocked(plan)) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Some files cannot be imported; nothing was imported' });
          return plan;
        }),
    }),

    conflicts: localRouter({
      list: signedIn.query(() => core.store.conflicts()),
      resolve: signedIn
        .input(z.object({ conflictId: z.string(), choice: z.enum(['server', 'mine', 'merged']), merged: z.any().optional() }))
        .mutation(({ input }) => core.resolveConflict(input.conflictId, input.choice, input.merged)),
    }),

    dashboard: signedIn.query(() => dashboard(core)),

    /** Online only: these read and change the hub directly and say so when it cannot be reached. */
    locations: localRouter({
      list: signedIn.query(() => viaHub(() => hub().locations.list.query())),
      create: signedIn.input(locationInputSchema).mutation(({ input }) => viaHub(() => hub().locations.create.mutate(input))),
      update: signedIn.input(z.object({ locationId: idSchema, location: locationInputSchema })).mutation(({ input }) => viaHub(() => hub().locations.update.mutate(input))),
      setLanguages: signedIn.input(setLocationLanguagesInputSchema).mutation(({ input }) => viaHub(() => hub().locations.setLanguages.mutate(input))),
      setEmployerLink: signedIn.input(z.object({ locationId: idSchema, employerTenantId: idSchema, linked: z.boolean() })).mutation(({ input }) => viaHub(() => hub().locations.setEmployerLink.mutate(input))),
      setHidden: signedIn.input(z.object({ locationId: idSchema, itemId: idSchema, hidden: z.boolean() })).mutation(({ input }) => viaHub(() => hub().locations.setHidden.mutate(input))),
      employers: signedIn.query(() => viaHub(() => hub().locations.employers.query())),
      nationalItems: signedIn.query(() => viaHub(() => hub().locations.nationalItems.query())),
    }),
    kiosks: localRouter({
      list: signedIn.query(() => viaHub(() => hub().kiosks.list.query())),
      create: signedIn.input(kioskCreateInputSchema).mutation(({ input }) => viaHub(() => hub().kiosks.create.mutate(input))),
      newPairingCode: signedIn.input(z.object({ kioskId: idSchema })).mutation(({ input }) => viaHub(() => hub().kiosks.newPairingCode.mutate(input))),
      revoke: signedIn.input(z.object({ kioskId: idSchema })).mutation(({ input }) => viaHub(() => hub().kiosks.revoke.mutate(input))),
      setLocationScreenHours: signedIn.input(locationScreenHoursInputSchema).mutation(({ input }) => viaHub(() => hub().kiosks.setLocationScreenHours.mutate(input))),
      setScreenHours: signedIn.input(kioskScreenHoursInputSchema).mutation(({ input }) => viaHub(() => hub().kiosks.setScreenHours.mutate(input))),
      identify: signedIn.input(z.object({ kioskId: idSchema })).mutation(({ input }) => viaHub(() => hub().kiosks.identify.mutate(input))),
      requestScreenshot: signedIn.input(screenshotInputSchema).mutation(({ input }) => viaHub(() => hub().kiosks.requestScreenshot.mutate(input))),
      screenshot: signedIn.input(screenshotInputSchema).query(({ input }) => viaHub(() => hub().kiosks.screenshot.query(input))),
    }),
    feedback: localRouter({
      list: signedIn.input(feedbackListInputSchema).query(({ input }) => viaHub(() => hub().feedback.list.query(input))),
      newCount: signedIn.query(() => viaHub(() => hub().feedback.newCount.query())),
      setStatus: signedIn.input(feedbackStatusInputSchema).mutation(({ input }) => viaHub(() => hub().feedback.setStatus.mutate(input))),
    }),
    users: localRouter({
      list: signedIn.query(() => viaHub(() => hub().users.list.query())),
      directory: signedIn.query(() => viaHub(() => hub().users.directory.query())),
      create: signedIn.input(createUserInputSchema).mutation(({ input }) => viaHub(() => hub().users.create.mutate(input))),
      setRole: signedIn.input(z.object({ userId: idSchema, role: z.enum(ROLES) })).mutation(({ input }) => viaHub(() => hub().users.setRole.mutate(input))),
      setActive: signedIn.input(z.object({ userId: idSchema, active: z.boolean() })).mutation(({ input }) => viaHub(() => hub().users.setActive.mutate(input))),
      audit: signedIn.input(auditQuerySchema).query(({ input }) => viaHub(() => hub().users.audit.query(input))),
    }),
    usage: localRouter({
      report: signedIn.input(usageReportInputSchema).query(({ input }) => viaHub(() => hub().usage.report.query(input))),
    }),
    preview: localRouter({
      feed: signedIn
        .input(z.object({ locationId: idSchema, language: languageSchema, category: z.enum(CATEGORIES).optional() }))
        .query(({ input }) => viaHub(() => hub().feed.merged.query(input))),
      article: signedIn.input(z.object({ locationId: idSchema, itemId: idSchema, language: languageSchema })).query(({ input }) => viaHub(() => hub().feed.article.query(input))),
      languages: signedIn.input(z.object({ locationId: idSchema })).query(({ input }) => viaHub(() => hub().feed.languages.query(input))),
    }),
  });
}

export type AdminRouter = ReturnType<typeof adminRouter>;

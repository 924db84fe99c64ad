import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { CATEGORIES } from '../../../shared/categories';
import { idSchema, languageSchema } from '../../../shared/content';
import { kioskFeedbackSchema } from '../../../shared/feedback';
import { homeOverview, languageCoverage, toListEntry } from '../../../shared/merged-feed';
import { localProcedure, localRouter, viaHub } from '../local-trpc';
import type { KioskCore } from './kiosk-core';
import { usageEventSchema } from '../../../shared/usage';

/** The kiosk screen's local API: everything it shows comes from the local store. */
export function kioskRouter(core: KioskCore) {
  const now = () => core.now();
  const paired = localProcedure.use(({ next }) => {
    if (!core.state().paired) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'This kiosk is not paired' });
    return next();
  });

  return localRouter({
    state: localProcedure.query(() => {
      const state = core.state();
      const coverage = languageCoverage(core.store.liveItems(now()));
      return { ...state, coverage: coverage.filter((c) => state.settings.languages.includes(c.language)) };
    }),

    pair: localProcedure
      .input(z.object({ hubUrl: z.url({ error: 'Enter the hub address' }), code: z.string().trim().min(4, 'Enter the pairing code') }))
      .mutation(({ input }) => viaHub(() => core.pair(input.hubUrl, input.code))),

    home: paired.input(z.object({ language: languageSchema })).query(({ input }) => {
      const feed = core.store.feed(input.language, now()).map(toListEntry);
      return { ...homeOverview(feed), phoneAppUrl: core.phoneAppUrl(input.language) };
    }),

    category: paired
      .input(z.object({ language: languageSchema, category: z.enum(CATEGORIES) }))
      .query(({ input }) => core.store.feed(input.language, now(), input.category).map(toListEntry)),

    article: paired.input(z.object({ language: languageSchema, itemId: idSchema })).query(({ input }) => {
      const entry = core.store.entry(input.itemId, input.language, now());
      if (!entry) throw new TRPCError({ code: 'NOT_FOUND', message: 'This information is no longer available' });
      return { ...entry, phoneUrl: core.phoneAppUrl(input.language, entry.id) };
    }),

    search: paired
      .input(z.object({ language: languageSchema, query: z.string().max(100) }))
      .query(({ input }) => core.store.search(input.query, input.language, now()).map(toListEntry)),

    /** One thing a worker did, counted anonymously (see usage-counts.ts). */
    count: paired.input(usageEventSchema).mutation(({ input }) => core.usage.record(input)),
    /** "Was this helpful?" and "something is wrong" from the article screen: to the hub, or kept until it is back. */
    feedback: paired.input(kioskFeedbackSchema).mutation(({ input }) => core.sendFeedback(input)),

    /** Touch from the screen: a sync right now (e.g. after an installer fixed the network). */
    syncNow: paired.mutation(async () => {
      await core.syncNow();
      return core.state();
    }),
  });
}

export type KioskRouter = ReturnType<typeof kioskRouter>;

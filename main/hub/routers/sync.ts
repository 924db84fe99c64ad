import { pullInputSchema, pushInputSchema, type ChangeNotice } from '../../../shared/sync';
import { changeNotice, type NoticeSubscriber } from '../live-notices';
import { contentWriterProcedure, readerProcedure, router } from '../trpc';

export const syncRouter = router({
  /** Admins pull their tenant's whole layer; kiosks pull their location's published merge. */
  pull: readerProcedure.input(pullInputSchema).query(async ({ ctx, input }) => {
    const reader = ctx.reader;
    return reader.kind === 'user'
      ? { kind: 'layer' as const, ...(await reader.data.content.pull(input)) }
      : { kind: 'published' as const, ...(await (await reader.data.feed()).pull(input)) };
  }),

  push: contentWriterProcedure.input(pushInputSchema).mutation(({ ctx, input }) => ctx.data.content.push(input.mutations)),

  /** Live notice of a new cursor, only for changes inside the subscriber's scope. Clients then pull. */
  onChange: readerProcedure.subscription(async function* ({ ctx, signal }) {
    const fanOut = ctx.hub.notices;
    const databaseId = await ctx.hub.databaseId();
    yield* changeNotices((subscriber) => fanOut.subscribe(ctx.reader.data.noticeGroup, subscriber), databaseId, signal);
  }),
});

async function* changeNotices(subscribe: (subscriber: NoticeSubscriber) => () => void, databaseId: string, signal: AbortSignal | undefined): AsyncGenerator<ChangeNotice> {
  let latest = 0;
  let wake: (() => void) | null = null;
  const unsubscribe = subscribe({
    notify(seq) {
      latest = Math.max(latest, seq);
      wake?.();
    },
  });
  const aborted = new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
  try {
    while (!signal?.aborted) {
      if (!latest) await Promise.race([new Promise<void>((resolve) => (wake = resolve)), aborted]);
      wake = null;
      if (latest) {
        const seq = latest;
        latest = 0;
        yield changeNotice(seq, databaseId);
      }
    }
  } finally {
    unsubscribe();
  }
}

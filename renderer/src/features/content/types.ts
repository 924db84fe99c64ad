import type { inferRouterOutputs } from '@trpc/server';
import type { AdminRouter } from '../../../../main/core/admin/admin-router';

type Outputs = inferRouterOutputs<AdminRouter>;
/** One row of the content list, as the desktop core summarises an item. */
export type ContentRow = Outputs['content']['list'][number];
export type SessionInfo = NonNullable<Outputs['session']['get']>;
/** A change the hub did not apply: a conflict (both versions kept) or a refusal (with the reason). */
export type RefusedChange = Outputs['conflicts']['list'][number];

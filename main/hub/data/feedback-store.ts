import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import {
  plainFeedbackText,
  type FeedbackStatus,
  type FeedbackView,
  type KioskFeedback,
  type PhoneFeedback,
} from '../../../shared/feedback';
import type { Actor, HubDeps, TenantRef } from '../context-types';
import { notFound } from '../errors';
import { publishedStore } from './published-store';
import { tenantRows } from './scope';

interface FeedbackRow {
  id: string;
  item_id: string;
  item_title: string | null;
  location_id: string;
  location_name: string | null;
  source: string;
  kind: string;
  reason: string | null;
  language: string;
  shown_language: string;
  text: string | null;
  status: string;
  created_at: string;
}

/** Where feedback came from: a kiosk (its own id, from its token) or a phone at a location. */
export interface FeedbackOrigin {
  locationId: string;
  source: 'kiosk' | 'phone';
  kioskId: string | null;
}

/**
 * Stores one worker's feedback for the tenant that owns the item. The item must be one the
 * location shows (as the worker saw it); the owner comes from the item, never from the caller.
 */
export async function receiveFeedback(deps: HubDeps, origin: FeedbackOrigin, input: KioskFeedback | PhoneFeedback): Promise<{ received: true }> {
  const { db } = deps;
  const shown = await (await publishedStore(deps, origin.locationId)).article(input.itemId, input.language);
  const owner = await db.selectFrom('items').select('tenant_id').where('id', '=', input.itemId).executeTakeFirst();
  if (!owner) throw notFound('Article');
  const text = origin.source === 'phone' && 'text' in input ? plainFeedbackText(input.text) : null;
  await db
    .insertInto('feedback')
    .values({
      id: randomUUID(),
      item_id: input.itemId,
      tenant_id: owner.tenant_id,
      location_id: origin.locationId,
      kiosk_id: origin.kioskId,
      source: origin.source,
      kind: input.kind,
      reason: input.reason,
      language: input.language,
      shown_language: shown.shownLanguage,
      text,
      status: 'new',
      created_at: deps.now().toISOString(),
    })
    .execute();
  return { received: true };
}

/** A tenant's feedback on its own items: list, count what is new, mark handled. */
export function feedbackStore(deps: HubDeps, tenant: TenantRef, actor: Actor) {
  const { db } = deps;
  const rows = () =>
    tenantRows(db, tenant.id)
      .selectFrom('feedback')
      .innerJoin('locations', 'locations.id', 'feedback.location_id')
      .innerJoin('items', 'items.id', 'feedback.item_id')
      .leftJoin('translations', (join) => join.onRef('translations.item_id', '=', 'feedback.item_id').onRef('translations.language', '=', 'items.source_language'))
      .select([
        'feedback.id',
        'feedback.item_id',
        'translations.title as item_title',
        'feedback.location_id',
        'feedback.source',
        'feedback.kind',
        'feedback.reason',
        'feedback.language',
        'feedback.shown_language',
        'feedback.text',
        'feedback.status',
        'feedback.created_at',
        // A location is named only to those who may read it (its municipality, employers linked
        // there): the national layer hears what workers say about its items, not at which site.
        sql<string | null>`CASE WHEN locations.tenant_id = ${tenant.id} OR EXISTS (SELECT 1 FROM location_employers le WHERE le.location_id = locations.id AND le.employer_tenant_id = ${tenant.id}) THEN locations.name END`.as(
          'location_name',
        ),
      ]);

  const toView = (r: FeedbackRow): FeedbackView => ({
    id: r.id,
    itemId: r.item_id,
    itemTitle: r.item_title ?? '',
    location: r.location_name === null ? null : { id: r.location_id, name: r.location_name },
    source: r.source === 'kiosk' ? 'kiosk' : 'phone',
    kind: r.kind as FeedbackView['kind'],
    reason: r.reason as FeedbackView['reason'],
    language: r.language,
    shownLanguage: r.shown_language,
    text: r.text,
    status: r.status === 'handled' ? 'handled' : 'new',
    createdAt: r.created_at,
  });

  return {
    /** Newest first; at most the last 500, which is more than anyone reads in one sitting. */
    async list(status: FeedbackStatus | null): Promise<FeedbackView[]> {
      let query = rows();
      if (status) query = query.where('feedback.status', '=', status);
      return (await query.orderBy('feedback.created_at', 'desc').orderBy('feedback.id').limit(500).execute()).map(toView);
    },

    async newCount(): Promise<number> {
      const row = await tenantRows(db, tenant.id).selectFrom('feedback').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'new').executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async setStatus(id: string, status: FeedbackStatus): Promise<FeedbackView> {
      const handled = status === 'handled';
      const changed = await tenantRows(db, tenant.id)
        .updateTable('feedback')
        .set({ status, handled_at: handled ? deps.now().toISOString() : null, handled_by: handled ? actor.id : null })
        .where('id', '=', id)
        .executeTakeFirst();
      if (!changed.numUpdatedRows) throw notFound('Feedback');
      return toView(await rows().where('feedback.id', '=', id).executeTakeFirstOrThrow());
    },
  };
}

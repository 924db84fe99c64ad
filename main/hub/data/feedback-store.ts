import { randomUUID } from 'node:crypto';
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

interface FeedbackRow {
  id: string;
  item_id: string;
  item_title: string | null;
  location_id: string;
  location_name: string | null;
  source: 'kiosk' | 'phone';
  kind: FeedbackView['kind'];
  reason: FeedbackView['reason'];
  language: string;
  shown_language: string;
  text: string | null;
  status: FeedbackStatus;
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
  const shown = publishedStore(deps, origin.locationId).article(input.itemId, input.language);
  const owner = db.prepare('SELECT tenant_id FROM items WHERE id = ?').pluck().get(input.itemId);
  if (typeof owner !== 'string') throw notFound('Article');
  const text = origin.source === 'phone' && 'text' in input ? plainFeedbackText(input.text) : null;
  db.prepare(
    `INSERT INTO feedback (id, item_id, tenant_id, location_id, kiosk_id, source, kind, reason, language, shown_language, text, status, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?)`,
  ).run(
    randomUUID(),
    input.itemId,
    owner,
    origin.locationId,
    origin.kioskId,
    origin.source,
    input.kind,
    input.reason,
    input.language,
    shown.shownLanguage,
    text,
    deps.now().toISOString(),
  );
  return { received: true };
}

/** A tenant's feedback on its own items: list, count what is new, mark handled. */
export function feedbackStore(deps: HubDeps, tenant: TenantRef, actor: Actor) {
  const { db } = deps;
  // A location is named only to those who may read it (its municipality, employers linked there):
  // the national layer hears what workers say about its items, not at which municipality's site.
  const select = `SELECT f.*, t.title AS item_title,
      CASE WHEN l.tenant_id = @tenant OR EXISTS (SELECT 1 FROM location_employers le WHERE le.location_id = l.id AND le.employer_tenant_id = @tenant)
        THEN l.name END AS location_name
    FROM feedback f JOIN locations l ON l.id = f.location_id JOIN items i ON i.id = f.item_id
    LEFT JOIN translations t ON t.item_id = f.item_id AND t.language = i.source_language
    WHERE f.tenant_id = @tenant`;

  const toView = (r: FeedbackRow): FeedbackView => ({
    id: r.id,
    itemId: r.item_id,
    itemTitle: r.item_title ?? '',
    location: r.location_name === null ? null : { id: r.location_id, name: r.location_name },
    source: r.source,
    kind: r.kind,
    reason: r.reason,
    language: r.language,
    shownLanguage: r.shown_language,
    text: r.text,
    status: r.status,
    createdAt: r.created_at,
  });

  return {
    /** Newest first; at most the last 500, which is more than anyone reads in one sitting. */
    async list(status: FeedbackStatus | null): Promise<FeedbackView[]> {
      const rows = db
        .prepare(`${select} AND (@status IS NULL OR f.status = @status) ORDER BY f.created_at DESC, f.id LIMIT 500`)
        .all({ tenant: tenant.id, status }) as FeedbackRow[];
      return rows.map(toView);
    },

    async newCount(): Promise<number> {
      return Number(db.prepare(`SELECT COUNT(*) FROM feedback WHERE tenant_id = ? AND status = 'new'`).pluck().get(tenant.id));
    },

    async setStatus(id: string, status: FeedbackStatus): Promise<FeedbackView> {
      const changed = db
        .prepare('UPDATE feedback SET status = ?, handled_at = ?, handled_by = ? WHERE id = ? AND tenant_id = ?')
        .run(status, status === 'handled' ? deps.now().toISOString() : null, status === 'handled' ? actor.id : null, id, tenant.id);
      if (!changed.changes) throw notFound('Feedback');
      return toView(db.prepare(`${select} AND f.id = @id`).get({ tenant: tenant.id, id }) as FeedbackRow);
    },
  };
}

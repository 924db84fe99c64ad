import { z } from 'zod';
import type { Db } from '../db/open';
import { jsonArrayHas, jsonHas } from '../db/dialect';
import type { TenantRows } from './scope';
import { auditActionSchema, type AuditAction, type AuditKind, type AuditQuery } from '../../../shared/audit';
import { KIND_OF_ACTION } from './audit-actions';
import type { Actor } from '../context-types';

export interface AuditEntry {
  id: number;
  actorId: string | null;
  actorName: string;
  action: string;
  /** What was done, named: "published", "translated into Polish", ... */
  actions: AuditAction[];
  entity: string;
  entityId: string | null;
  detail: unknown;
  at: string;
}

/** Every change leaves a line: who, when, what. Written inside the change's own transaction. */
export async function recordAudit(
  db: Db,
  actor: Actor,
  action: string,
  entity: string,
  entityId: string | null,
  detail: unknown,
  at: Date,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      tenant_id: actor.tenantId,
      actor_id: actor.id,
      actor_name: actor.name,
      action,
      entity,
      entity_id: entityId,
      detail: JSON.stringify(detail ?? null),
      at: at.toISOString(),
    })
    .execute();
}

interface AuditRow {
  id: number;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: string | null;
  detail: string | null;
  at: string;
}

/** An agency's imported translation is an update too: its actions are named the same way. */
const ITEM_UPDATES = ['item.update', 'item.translation_import'];
const UPDATE_KINDS = new Set<AuditKind>(['edited', 'published', 'unpublished', 'scheduled', 'translated', 'marked_current']);

/** Named actions of one line: stored with an update, or following from the action itself. */
function actionsOf(row: AuditRow, detail: unknown): AuditAction[] {
  if (ITEM_UPDATES.includes(row.action)) {
    const stored = z.array(auditActionSchema).safeParse(typeof detail === 'object' && detail !== null && 'actions' in detail ? detail.actions : null);
    return stored.success ? stored.data : [{ kind: 'edited' }];
  }
  const kind = KIND_OF_ACTION[row.action];
  return kind ? [{ kind }] : [];
}

/**
 * One page of a tenant's audit trail, newest first, optionally only one person's lines, one
 * kind of action, or one item's. `nextBefore` asks for the page after it.
 */
export async function listAudit(tenant: TenantRows, query: AuditQuery): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
  const { limit = 100, beforeId, actorId, kind, itemId } = query;
  let q = tenant.selectFrom('audit_log').select(['id', 'actor_id', 'actor_name', 'action', 'entity', 'entity_id', 'detail', 'at']);
  if (beforeId !== undefined) q = q.where('id', '<', beforeId);
  if (actorId) q = q.where('actor_id', '=', actorId);
  if (itemId) q = q.where('entity', '=', 'item').where('entity_id', '=', itemId);
  if (kind && UPDATE_KINDS.has(kind)) {
    const named = jsonArrayHas(tenant.db, 'detail', 'actions', 'kind', kind);
    q = q.where('action', 'in', ITEM_UPDATES);
    // Lines written before actions were named count as edits.
    q = kind === 'edited' ? q.where((eb) => eb.or([eb.not(jsonHas(tenant.db, 'detail', 'actions')), named])) : q.where(named);
  } else if (kind) {
    const actions = Object.entries(KIND_OF_ACTION).filter(([, k]) => k === kind).map(([a]) => a);
    if (!actions.length) return { entries: [], nextBefore: null };
    q = q.where('action', 'in', actions);
  }
  const rows = (await q.orderBy('id', 'desc').limit(limit + 1).execute()) as AuditRow[];
  const page = rows.slice(0, limit);
  return {
    entries: page.map((r) => {
      const detail: unknown = JSON.parse(r.detail ?? 'null');
      return {
        id: r.id,
        actorId: r.actor_id,
        actorName: r.actor_name,
        action: r.action,
        actions: actionsOf(r, detail),
        entity: r.entity,
        entityId: r.entity_id,
        detail,
        at: r.at,
      };
    }),
    nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

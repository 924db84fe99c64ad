import { z } from 'zod';
import type { Db } from '../db/open';
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
export function recordAudit(
  db: Db,
  actor: Actor,
  action: string,
  entity: string,
  entityId: string | null,
  detail: unknown,
  at: Date,
): void {
  db.prepare(
    `INSERT INTO audit_log (tenant_id, actor_id, actor_name, action, entity, entity_id, detail, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(actor.tenantId, actor.id, actor.name, action, entity, entityId, JSON.stringify(detail ?? null), at.toISOString());
}

interface AuditRow {
  id: number;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: string | null;
  detail: string;
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
export function listAudit(db: Db, tenantId: string, query: AuditQuery): { entries: AuditEntry[]; nextBefore: number | null } {
  const { limit = 100, beforeId, actorId, kind, itemId } = query;
  const where = ['tenant_id = ?', 'id < ?'];
  const args: (string | number)[] = [tenantId, beforeId ?? Number.MAX_SAFE_INTEGER];
  if (actorId) {
    where.push('actor_id = ?');
    args.push(actorId);
  }
  if (itemId) {
    where.push("entity = 'item' AND entity_id = ?");
    args.push(itemId);
  }
  if (kind && UPDATE_KINDS.has(kind)) {
    const named = "EXISTS (SELECT 1 FROM json_each(detail, '$.actions') WHERE json_extract(value, '$.kind') = ?)";
    // Lines written before actions were named count as edits.
    const isUpdate = `action IN ('item.update', 'item.translation_import')`;
    where.push(kind === 'edited' ? `${isUpdate} AND (json_type(detail, '$.actions') IS NULL OR ${named})` : `${isUpdate} AND ${named}`);
    args.push(kind);
  } else if (kind) {
    const actions = Object.entries(KIND_OF_ACTION).filter(([, k]) => k === kind).map(([a]) => a);
    where.push(`action IN (${actions.map(() => '?').join(', ')})`);
    args.push(...actions);
  }
  const rows = db
    .prepare(`SELECT id, actor_id, actor_name, action, entity, entity_id, detail, at FROM audit_log WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ?`)
    .all(...args, limit + 1) as AuditRow[];
  const page = rows.slice(0, limit);
  return {
    entries: page.map((r) => {
      const detail: unknown = JSON.parse(r.detail);
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

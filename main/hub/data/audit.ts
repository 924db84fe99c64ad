import type { Db } from '../db/open';
import type { Actor } from '../context-types';

export interface AuditEntry {
  id: number;
  actorName: string;
  action: string;
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

export function listAudit(db: Db, tenantId: string, limit: number, beforeId?: number): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT id, actor_name, action, entity, entity_id, detail, at FROM audit_log
       WHERE tenant_id = ? AND id < ? ORDER BY id DESC LIMIT ?`,
    )
    .all(tenantId, beforeId ?? Number.MAX_SAFE_INTEGER, limit) as {
    id: number;
    actor_name: string;
    action: string;
    entity: string;
    entity_id: string | null;
    detail: string;
    at: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    actorName: r.actor_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    detail: JSON.parse(r.detail),
    at: r.at,
  }));
}

import type { Item, Revision } from '../../../shared/content';
import type { Role } from '../../../shared/categories';
import type { Mutation, MutationResult, PullInput, PullPage, PushResult } from '../../../shared/sync';
import { nextCursor, pullInputSchema } from '../../../shared/sync';
import type { Actor, HubDeps, TenantRef } from '../context-types';
import { planUpdate } from '../content/apply-mutation';
import { sanitizeRichText } from '../content/sanitize';
import { checkValidityWindow } from '../../../shared/content';
import { forbidden, invalid, notFound } from '../errors';
import { recordAudit } from './audit';
import { itemUpdateActions } from './audit-actions';
import { writeTransaction } from './change-log';
import { readItem, readItems, readRevision, writeItem, writeRevision } from './item-rows';
import { refusal } from '../../../shared/refusals';

export interface ContentScope {
  tenant: TenantRef;
  actor: Actor;
  role: Role;
}

/** One tenant's own layer: every query here is bound to `scope.tenant.id`, never to an id from the input. */
export function contentStore(deps: HubDeps, scope: ContentScope) {
  const { db, changes } = deps;
  const tenantId = scope.tenant.id;

  function own(id: string) {
    const stored = readItem(db, id);
    return stored && stored.item.tenantId === tenantId ? stored : null;
  }

  function persist(item: Item, action: string, detail: unknown, now: Date, deletedAt: string | null = null) {
    writeItem(db, item, deletedAt);
    writeRevision(db, item, scope.actor.id, now);
    changes.append(tenantId, item.id, now);
    recordAudit(db, scope.actor, action, 'item', item.id, detail, now);
  }

  function applyOne(m: Mutation, now: Date): MutationResult {
    const { mutationId } = m;
    if (m.type === 'item.create') {
      if (scope.role !== 'admin' && scope.role !== 'editor') {
        return { mutationId, status: 'rejected', ...refusal('create_editors_only') };
      }
      if (readItem(db, m.itemId)) return { mutationId, status: 'rejected', ...refusal('item_id_taken', 'itemId') };
      const windowError = checkValidityWindow(m.fields);
      if (windowError) return { mutationId, status: 'rejected', ...refusal('validity_window', 'fields.validUntil') };
      const stamp = now.toISOString();
      const item: Item = {
        ...m.fields,
        validFrom: normalizeDate(m.fields.validFrom),
        validUntil: normalizeDate(m.fields.validUntil),
        id: m.itemId,
        tenantId,
        tenantName: scope.tenant.name,
        revision: 1,
        createdAt: stamp,
        updatedAt: stamp,
        translations: {
          [m.fields.sourceLanguage]: { ...m.source, body: sanitizeRichText(m.source.body), status: 'current', updatedAt: stamp },
        },
      };
      persist(item, 'item.create', { category: item.category, kind: item.kind }, now);
      return { mutationId, status: 'applied', item, merged: false };
    }

    const stored = own(m.itemId);
    if (!stored) return { mutationId, status: 'rejected', ...refusal('item_not_found', 'itemId') };
    if (stored.deletedAt) {
      // Deleted meanwhile: a delete has nothing left to do; a change is kept for the editor to recreate or discard.
      if (m.type === 'item.delete') return { mutationId, status: 'applied', item: null, merged: false };
      return { mutationId, status: 'conflict', server: null, fields: ['deleted'], message: 'Someone deleted this item since you opened it' };
    }
    const current = stored.item;

    if (m.type === 'item.delete') {
      if (scope.role !== 'admin' && scope.role !== 'editor') {
        return { mutationId, status: 'rejected', ...refusal('delete_editors_only') };
      }
      if (m.baseRevision !== current.revision) {
        return { mutationId, status: 'conflict', server: current, fields: ['deleted'], message: 'The item was changed since you opened it' };
      }
      const deleted = { ...current, revision: current.revision + 1, updatedAt: now.toISOString() };
      persist(deleted, 'item.delete', null, now, now.toISOString());
      return { mutationId, status: 'applied', item: null, merged: false };
    }

    const mutation = {
      ...m,
      fields: {
        ...m.fields,
        ...('validFrom' in m.fields ? { validFrom: normalizeDate(m.fields.validFrom ?? null) } : {}),
        ...('validUntil' in m.fields ? { validUntil: normalizeDate(m.fields.validUntil ?? null) } : {}),
      },
    };
    const plan = planUpdate(current, readRevision(db, current.id, m.baseRevision), mutation, scope.role, now);
    switch (plan.kind) {
      case 'rejected':
        return { mutationId, status: 'rejected', code: plan.code, message: plan.message, field: plan.field, params: plan.params };
      case 'conflict':
        return {
          mutationId,
          status: 'conflict',
          server: current,
          fields: plan.fields,
          message: 'Someone else changed the same fields since you opened this item',
        };
      case 'noop':
        return { mutationId, status: 'applied', item: current, merged: false };
      case 'apply':
        if (m.importedFrom) {
          const languages = Object.keys(m.translations);
          persist(plan.next, 'item.translation_import', { languages, file: m.importedFrom, status: Object.values(m.translations)[0]?.status ?? 'current', changed: plan.changedKeys, actions: itemUpdateActions(current, plan.next, now) }, now);
        } else persist(plan.next, 'item.update', { changed: plan.changedKeys, minor: m.minor, merged: plan.merged, ...statusChanges(current, plan.next), actions: itemUpdateActions(current, plan.next, now) }, now);
        return { mutationId, status: 'applied', item: plan.next, merged: plan.merged };
    }
  }

  const findApplied = db.prepare('SELECT tenant_id, result FROM applied_mutations WHERE mutation_id = ?');
  const recordApplied = db.prepare('INSERT INTO applied_mutations (mutation_id, tenant_id, result, at) VALUES (?, ?, ?, ?)');

  return {
    list(): Item[] {
      const ids = (
        db.prepare('SELECT id FROM items WHERE tenant_id = ? AND deleted_at IS NULL ORDER BY updated_at DESC').all(tenantId) as {
          id: string;
        }[]
      ).map((r) => r.id);
      const items = readItems(db, ids);
      return ids.map((id) => items.get(id)!.item);
    },

    get(id: string): Item {
      const stored = own(id);
      if (!stored || stored.deletedAt) throw notFound('Item');
      return stored.item;
    },

    history(id: string): Revision[] {
      if (!own(id)) throw notFound('Item');
      const rows = db
        .prepare(
          `SELECT r.revision, r.at, r.snapshot, COALESCE(u.name, 'system') AS user_name
           FROM item_revisions r JOIN items i ON i.id = r.item_id LEFT JOIN users u ON u.id = r.user_id
           WHERE r.item_id = ? AND i.tenant_id = ? ORDER BY r.revision DESC`,
        )
        .all(id, tenantId) as { revision: number; at: string; snapshot: string; user_name: string }[];
      return rows.map((r) => ({ revision: r.revision, at: r.at, userName: r.user_name, snapshot: JSON.parse(r.snapshot) }));
    },

    /** Makes an old revision the newest one again; history keeps everything in between. */
    restore(id: string, revision: number): Item {
      if (scope.role !== 'admin' && scope.role !== 'editor') throw forbidden('editors_only', 'Only editors can restore a revision');
      const stored = own(id);
      if (!stored || stored.deletedAt) throw notFound('Item');
      const snapshot = readRevision(db, id, revision);
      if (!snapshot || revision >= stored.item.revision) throw invalid('revision_not_restorable', `Revision ${revision} cannot be restored`, 'revision', { revision });
      const now = deps.now();
      const restored: Item = {
        ...snapshot,
        tenantName: stored.item.tenantName,
        createdAt: stored.item.createdAt,
        revision: stored.item.revision + 1,
        updatedAt: now.toISOString(),
      };
      writeTransaction(db, changes, () => persist(restored, 'item.restore', { revision }, now));
      return restored;
    },

    /** Applies each mutation once: a mutation id seen before returns its first answer again. */
    push(mutations: Mutation[]): PushResult {
      const results = mutations.map((m) =>
        writeTransaction(db, changes, () => {
          const seen = findApplied.get(m.mutationId) as { tenant_id: string; result: string } | undefined;
          if (seen) {
            if (seen.tenant_id !== tenantId) {
              return { mutationId: m.mutationId, status: 'rejected', ...refusal('mutation_id_taken', 'mutationId') } as const;
            }
            return JSON.parse(seen.result) as MutationResult;
          }
          const result = applyOne(m, deps.now());
          recordApplied.run(m.mutationId, tenantId, JSON.stringify(result), deps.now().toISOString());
          return result;
        }),
      );
      return { results, cursor: changes.latestSeq() };
    },

    /** The tenant's whole layer in every state, as changed since `since`; deleted items as tombstones. */
    pull(input: PullInput): PullPage<Item> {
      const { since, until, limit } = pullInputSchema.parse(input);
      changes.tick(deps.now());
      const rows = db
        .prepare(
          `SELECT item_id, MAX(seq) AS seq FROM change_log WHERE tenant_id = ? AND location_id IS NULL AND seq > ? AND seq <= ?
           GROUP BY item_id ORDER BY seq LIMIT ?`,
        )
        .all(tenantId, since, until ?? Number.MAX_SAFE_INTEGER, limit + 1) as { item_id: string; seq: number }[];
      const hasMore = rows.length > limit;
      const page = rows.slice(0, limit);
      const stored = readItems(db, page.map((r) => r.item_id));
      const latestSeq = changes.latestSeq();
      const result: PullPage<Item> = {
        items: [],
        tombstones: [],
        cursor: nextCursor(page.at(-1)?.seq, hasMore, since, until, latestSeq),
        hasMore,
        latestSeq,
        databaseId: changes.databaseId(),
        hubTime: deps.now().toISOString(),
      };
      for (const row of page) {
        const s = stored.get(row.item_id);
        if (!s || s.item.tenantId !== tenantId) continue;
        if (s.deletedAt) result.tombstones.push({ id: row.item_id, reason: 'deleted' });
        else result.items.push(s.item);
      }
      return result;
    },

  };
}

function normalizeDate(value: string | null): string | null {
  return value ? new Date(value).toISOString() : null;
}

/** For the audit trail: which translations this change withdrew from the screens, or brought back. */
function statusChanges(before: Item, after: Item): { withdrawn?: string[]; restored?: string[] } {
  const languages = Object.keys(after.translations) as (keyof Item['translations'])[];
  const withdrawn = languages.filter((l) => after.translations[l]?.status === 'withdrawn' && before.translations[l]?.status !== 'withdrawn');
  const restored = languages.filter((l) => before.translations[l]?.status === 'withdrawn' && after.translations[l]?.status !== 'withdrawn');
  return { ...(withdrawn.length ? { withdrawn } : {}), ...(restored.length ? { restored } : {}) };
}

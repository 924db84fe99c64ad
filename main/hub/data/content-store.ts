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
import { tenantRows } from './scope';
import type { Db } from '../db/open';
import { engineOf } from '../db/dialect';
import { sql } from 'kysely';
import { lockItem, readItem, readItems, readRevision, writeItem, writeRevision } from './item-rows';
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

  /** The item if this tenant owns it; inside a write, its row stays locked until the write ends. */
  async function own(trx: Db, id: string) {
    if (trx.isTransaction) await lockItem(trx, id);
    const stored = await readItem(trx, id);
    return stored && stored.item.tenantId === tenantId ? stored : null;
  }

  async function persist(trx: Db, item: Item, action: string, detail: unknown, now: Date, deletedAt: string | null = null) {
    await writeItem(trx, item, deletedAt);
    await writeRevision(trx, item, scope.actor.id, now);
    await changes.append(trx, tenantId, item.id, now);
    await recordAudit(trx, scope.actor, action, 'item', item.id, detail, now);
  }

  async function applyOne(trx: Db, m: Mutation, now: Date): Promise<MutationResult> {
    const { mutationId } = m;
    if (m.type === 'item.create') {
      if (scope.role !== 'admin' && scope.role !== 'editor') {
        return { mutationId, status: 'rejected', ...refusal('create_editors_only') };
      }
      if (await readItem(trx, m.itemId)) return { mutationId, status: 'rejected', ...refusal('item_id_taken', 'itemId') };
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
      await persist(trx, item, 'item.create', { category: item.category, kind: item.kind }, now);
      return { mutationId, status: 'applied', item, merged: false };
    }

    // Two saves of one item can run at once on PostgreSQL (SQLite writes one at a time): the second
    // waits here for the first to commit, then reads its revision and answers with a conflict.
    if (engineOf(trx) === 'postgres') await sql`SELECT 1 FROM items WHERE id = ${m.itemId} FOR UPDATE`.execute(trx);
    const stored = await own(trx, m.itemId);
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
      await persist(trx, deleted, 'item.delete', null, now, now.toISOString());
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
    const plan = planUpdate(current, await readRevision(trx, current.id, m.baseRevision), mutation, scope.role, now);
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
          await persist(trx, plan.next, 'item.translation_import', { languages, file: m.importedFrom, status: Object.values(m.translations)[0]?.status ?? 'current', changed: plan.changedKeys, actions: itemUpdateActions(current, plan.next, now) }, now);
        } else await persist(trx, plan.next, 'item.update', { changed: plan.changedKeys, minor: m.minor, merged: plan.merged, ...statusChanges(current, plan.next), actions: itemUpdateActions(current, plan.next, now) }, now);
        return { mutationId, status: 'applied', item: plan.next, merged: plan.merged };
    }
  }

  return {
    async list(): Promise<Item[]> {
      const ids = (await tenantRows(db, tenantId).selectFrom('items').select('id').where('deleted_at', 'is', null).orderBy('updated_at', 'desc').execute()).map((r) => r.id);
      const items = await readItems(db, ids);
      return ids.map((id) => items.get(id)!.item);
    },

    async get(id: string): Promise<Item> {
      const stored = await own(db, id);
      if (!stored || stored.deletedAt) throw notFound('Item');
      return stored.item;
    },

    async history(id: string): Promise<Revision[]> {
      if (!(await own(db, id))) throw notFound('Item');
      const rows = await tenantRows(db, tenantId)
        .selectFrom('items')
        .innerJoin('item_revisions', 'item_revisions.item_id', 'items.id')
        .leftJoin('users', 'users.id', 'item_revisions.user_id')
        .select(['item_revisions.revision', 'item_revisions.at', 'item_revisions.snapshot', sql<string>`COALESCE(users.name, 'system')`.as('user_name')])
        .where('items.id', '=', id)
        .orderBy('item_revisions.revision', 'desc')
        .execute();
      return rows.map((r) => ({ revision: r.revision, at: r.at, userName: r.user_name, snapshot: JSON.parse(r.snapshot) as Item }));
    },

    /** Makes an old revision the newest one again; history keeps everything in between. */
    async restore(id: string, revision: number): Promise<Item> {
      if (scope.role !== 'admin' && scope.role !== 'editor') throw forbidden('editors_only', 'Only editors can restore a revision');
      return writeTransaction(deps, async (trx) => {
        const stored = await own(trx, id);
        if (!stored || stored.deletedAt) throw notFound('Item');
        const snapshot = await readRevision(trx, id, revision);
        if (!snapshot || revision >= stored.item.revision) throw invalid('revision_not_restorable', `Revision ${revision} cannot be restored`, 'revision', { revision });
        const now = deps.now();
        const restored: Item = {
          ...snapshot,
          tenantName: stored.item.tenantName,
          createdAt: stored.item.createdAt,
          revision: stored.item.revision + 1,
          updatedAt: now.toISOString(),
        };
        await persist(trx, restored, 'item.restore', { revision }, now);
        return restored;
      });
    },

    /** Applies each mutation once: a mutation id seen before returns its first answer again. */
    async push(mutations: Mutation[]): Promise<PushResult> {
      const results: MutationResult[] = [];
      for (const m of mutations) {
        results.push(await writeTransaction(deps, async (trx): Promise<MutationResult> => {
          const seen = await trx.selectFrom('applied_mutations').select(['tenant_id', 'result']).where('mutation_id', '=', m.mutationId).executeTakeFirst();
          if (seen) {
            if (seen.tenant_id !== tenantId) {
              return { mutationId: m.mutationId, status: 'rejected', ...refusal('mutation_id_taken', 'mutationId') } as const;
            }
            return JSON.parse(seen.result) as MutationResult;
          }
          const result = await applyOne(trx, m, deps.now());
          await trx
            .insertInto('applied_mutations')
            .values({ mutation_id: m.mutationId, tenant_id: tenantId, result: JSON.stringify(result), at: deps.now().toISOString() })
            .execute();
          return result;
        }));
      }
      return { results, cursor: await changes.latestSeq() };
    },

    /** The tenant's whole layer in every state, as changed since `since`; deleted items as tombstones. */
    async pull(input: PullInput): Promise<PullPage<Item>> {
      const { since, until, limit } = pullInputSchema.parse(input);
      await changes.tick(deps.now());
      // The end is read first and the page stops there: an entry committed while this pull runs
      // comes in the next pull, and the cursor never passes it unread.
      const latestSeq = await changes.latestSeq();
      const rows = await tenantRows(db, tenantId)
        .selectFrom('change_log')
        .select(['item_id', (eb) => eb.fn.max('seq').as('seq')])
        .where('location_id', 'is', null)
        .where('seq', '>', since)
        .where('seq', '<=', Math.min(until ?? latestSeq, latestSeq))
        .groupBy('item_id')
        .orderBy((eb) => eb.fn.max('seq'))
        .limit(limit + 1)
        .execute();
      const hasMore = rows.length > limit;
      const page = rows.slice(0, limit);
      const stored = await readItems(db, page.map((r) => r.item_id));
      const result: PullPage<Item> = {
        items: [],
        tombstones: [],
        cursor: nextCursor(page.at(-1)?.seq, hasMore, since, until, latestSeq),
        hasMore,
        latestSeq,
        databaseId: await changes.databaseId(),
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

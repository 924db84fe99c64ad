import { sql, type RawBuilder } from 'kysely';
import type { HubDeps } from '../context-types';
import { transaction } from '../db/dialect';
import { notFound } from '../errors';
import { shownCount, usageKey, type UsageBatch, type UsageReport, type UsageReportInput, type UsageRow } from '../../../shared/usage';

/** Where a batch comes from: decided by the caller's token or the phone's location, never by the batch. */
export interface UsageSource {
  locationId: string;
  source: 'kiosk' | 'phone';
  kioskId: string | null;
}

/**
 * Which usage rows a tenant sees, built in scope.ts only: a condition on `u` (usage_daily), whether
 * only views of its own items count, and the locations it may look at one by one.
 */
export interface UsageScope {
  tenantId: string;
  where: RawBuilder<boolean>;
  view: UsageReport['view'];
  locations: () => Promise<{ id: string; name: string }[]>;
  /** A condition on `f` (feedback): the tenant's own items only, wherever workers read them. */
  feedbackWhere: RawBuilder<boolean>;
}

/** Rows with the same key added up: one upsert per key (PostgreSQL refuses a key twice in one statement). */
function merged(rows: readonly UsageRow[]): UsageRow[] {
  const byKey = new Map<string, UsageRow>();
  for (const r of rows) {
    const known = byKey.get(usageKey(r));
    if (known) known.count += r.count;
    else byKey.set(usageKey(r), { ...r });
  }
  return [...byKey.values()];
}

/**
 * Adds a batch's counts, all or nothing: the batch id and every count in one transaction. A
 * batch seen before adds nothing (its answer was lost and the device sent it again).
 */
export async function ingestUsage(deps: HubDeps, from: UsageSource, batch: UsageBatch): Promise<{ counted: boolean }> {
  const counted = await transaction(deps.db, async (trx) => {
    const remembered = await trx
      .insertInto('usage_batches')
      .values({ id: batch.batchId, received_at: deps.now().toISOString() })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(remembered.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    await trx
      .insertInto('usage_daily')
      .values(
        merged(batch.rows).map((r) => ({
          day: r.day,
          location_id: from.locationId,
          source: from.source,
          kiosk_id: from.kioskId ?? '',
          kind: r.kind,
          language: r.language,
          item_id: r.itemId ?? '',
          category: r.category ?? '',
          fallback: r.fallback ? 1 : 0,
          words: r.words ?? '',
          count: r.count,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['day', 'location_id', 'source', 'kiosk_id', 'kind', 'language', 'item_id', 'category', 'fallback', 'words']).doUpdateSet({ count: sql`usage_daily.count + excluded.count` }),
      )
      .execute();
    return true;
  });
  return { counted };
}

/** The statistics page's figures within a tenant's scope; every count under five comes back as null. */
export function usageReports(deps: HubDeps, scope: UsageScope) {
  const { db } = deps;
  return {
    async report(input: UsageReportInput): Promise<UsageReport> {
      const locations = await scope.locations();
      if (input.locationId !== null && !locations.some((l) => l.id === input.locationId)) throw notFound('Location');
      const where = sql<boolean>`u.day BETWEEN ${input.from} AND ${input.to} AND ${scope.where}${input.locationId ? sql` AND u.location_id = ${input.locationId}` : sql``}`;
      const site = scope.view === 'site';
      const rows = async <T>(query: RawBuilder<T>) => (await query.execute(db)).rows;
      const total = async (kind: string) => {
        const [row] = await rows(sql<{ n: string | number | null }>`SELECT SUM(u.count) AS n FROM usage_daily u WHERE ${where} AND u.kind = ${kind}`);
        return shownCount(Number(row?.n ?? 0));
      };

      const languages = await rows(
        sql<{ day: string; language: string; n: string | number }>`SELECT u.day, u.language, SUM(u.count) AS n FROM usage_daily u
         WHERE ${where} AND u.kind = ${site ? 'language' : 'item'} GROUP BY u.day, u.language ORDER BY u.day, u.language`,
      );
      // Another tenant's item only while it is published (a device could name a draft's id).
      const topItems = await rows(
        sql<{ item_id: string; title: string | null; language: string; n: string | number; fallback: string | number }>`SELECT u.item_id, u.language, SUM(u.count) AS n,
           SUM(CASE WHEN u.fallback = 1 THEN u.count ELSE 0 END) AS fallback,
           (SELECT t.title FROM translations t JOIN items s ON s.id = t.item_id WHERE t.item_id = u.item_id AND t.language = s.source_language) AS title
         FROM usage_daily u JOIN items i ON i.id = u.item_id
         WHERE ${where} AND u.kind = 'item' AND (i.tenant_id = ${scope.tenantId} OR i.published = 1)
         GROUP BY u.item_id, u.language ORDER BY n DESC, u.item_id LIMIT 50`,
      );
      const gaps = site
        ? await rows(
            sql<{ words: string; language: string; n: string | number }>`SELECT u.words, u.language, SUM(u.count) AS n FROM usage_daily u
             WHERE ${where} AND u.kind = 'search_empty' GROUP BY u.words, u.language ORDER BY n DESC, u.words LIMIT 50`,
          )
        : [];
      const sources = await rows(
        sql<{ day: string; kiosk: string | number; phone: string | number }>`SELECT u.day,
           SUM(CASE WHEN u.source = 'kiosk' THEN u.count ELSE 0 END) AS kiosk, SUM(CASE WHEN u.source = 'phone' THEN u.count ELSE 0 END) AS phone
         FROM usage_daily u WHERE ${where} AND u.kind = 'item' GROUP BY u.day ORDER BY u.day`,
      );
      // Feedback is stamped with a time, usage with a day: the range runs to the end of its last day.
      const dayAfter = new Date(Date.parse(`${input.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const feedback = await rows(
        sql<{ item_id: string; title: string | null; helpful: string | number; not_helpful: string | number; problems: string | number }>`SELECT f.item_id,
           SUM(CASE WHEN f.kind = 'helpful' THEN 1 ELSE 0 END) AS helpful, SUM(CASE WHEN f.kind = 'not_helpful' THEN 1 ELSE 0 END) AS not_helpful,
           SUM(CASE WHEN f.kind = 'problem' THEN 1 ELSE 0 END) AS problems,
           (SELECT t.title FROM translations t JOIN items s ON s.id = t.item_id WHERE t.item_id = f.item_id AND t.language = s.source_language) AS title
         FROM feedback f
         WHERE ${scope.feedbackWhere} AND f.created_at >= ${input.from} AND f.created_at < ${dayAfter}${input.locationId ? sql` AND f.location_id = ${input.locationId}` : sql``}
         GROUP BY f.item_id ORDER BY COUNT(*) DESC, f.item_id LIMIT 10`,
      );
      return {
        from: input.from,
        to: input.to,
        view: scope.view,
        locations,
        languages: languages.map((r) => ({ day: r.day, language: r.language, count: shownCount(Number(r.n)) })),
        topItems: topItems.map((r) => ({ itemId: r.item_id, title: r.title ?? '', language: r.language, views: shownCount(Number(r.n)), fallbackViews: shownCount(Number(r.fallback)) })),
        searchesWithoutResults: gaps.map((r) => ({ words: r.words, language: r.language, count: shownCount(Number(r.n)) })),
        sources: sources.map((r) => ({ day: r.day, kiosk: shownCount(Number(r.kiosk)), phone: shownCount(Number(r.phone)) })),
        qr: site ? { shown: await total('qr_shown'), appOpened: await total('app_from_kiosk') } : { shown: null, appOpened: null },
        readAloud: await total('read_aloud'),
        feedback: feedback.map((r) => ({
          itemId: r.item_id,
          title: r.title ?? '',
          helpful: shownCount(Number(r.helpful)),
          notHelpful: shownCount(Number(r.not_helpful)),
          problems: shownCount(Number(r.problems)),
        })),
      };
    },
  };
}

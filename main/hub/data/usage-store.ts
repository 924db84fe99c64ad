import type { HubDeps } from '../context-types';
import { notFound } from '../errors';
import { shownCount, type UsageBatch, type UsageReport, type UsageReportInput } from '../../../shared/usage';

/** Where a batch comes from: decided by the caller's token or the phone's location, never by the batch. */
export interface UsageSource {
  locationId: string;
  source: 'kiosk' | 'phone';
  kioskId: string | null;
}

/**
 * Which usage rows a tenant sees, built in scope.ts only: a condition on `u` (usage_daily) with
 * its named parameters, whether only views of its own items count, and the locations it may
 * look at one by one.
 */
export interface UsageScope {
  where: string;
  params: Record<string, string>;
  view: UsageReport['view'];
  locations: { id: string; name: string }[];
}

/**
 * Adds a batch's counts, all or nothing: the batch id and every count in one transaction. A
 * batch seen before adds nothing (its answer was lost and the device sent it again).
 */
export async function ingestUsage(deps: HubDeps, from: UsageSource, batch: UsageBatch): Promise<{ counted: boolean }> {
  const { db } = deps;
  const remember = db.prepare('INSERT INTO usage_batches (id, received_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING');
  const add = db.prepare(
    `INSERT INTO usage_daily (day, location_id, source, kiosk_id, kind, language, item_id, category, fallback, words, count)
     VALUES (@day, @location, @source, @kiosk, @kind, @language, @item, @category, @fallback, @words, @count)
     ON CONFLICT (day, location_id, source, kiosk_id, kind, language, item_id, category, fallback, words)
     DO UPDATE SET count = usage_daily.count + excluded.count`,
  );
  const counted = db.transaction(() => {
    if (remember.run(batch.batchId, deps.now().toISOString()).changes === 0) return false;
    for (const r of batch.rows) {
      add.run({
        day: r.day,
        location: from.locationId,
        source: from.source,
        kiosk: from.kioskId ?? '',
        kind: r.kind,
        language: r.language,
        item: r.itemId ?? '',
        category: r.category ?? '',
        fallback: r.fallback ? 1 : 0,
        words: r.words ?? '',
        count: r.count,
      });
    }
    return true;
  })();
  return { counted };
}

/** The statistics page's figures within a tenant's scope; every count under five comes back as null. */
export function usageReports(deps: HubDeps, scope: UsageScope) {
  const { db } = deps;
  return {
    async report(input: UsageReportInput): Promise<UsageReport> {
      if (input.locationId !== null && !scope.locations.some((l) => l.id === input.locationId)) throw notFound('Location');
      const where = `u.day BETWEEN @from AND @to AND ${scope.where}${input.locationId ? ' AND u.location_id = @location' : ''}`;
      const params = { ...scope.params, from: input.from, to: input.to, ...(input.locationId ? { location: input.locationId } : {}) };
      const site = scope.view === 'site';
      const all = <T>(sql: string) => db.prepare(sql).all(params) as T[];
      const total = (kind: string) =>
        shownCount((db.prepare(`SELECT COALESCE(SUM(u.count), 0) AS n FROM usage_daily u WHERE ${where} AND u.kind = '${kind}'`).get(params) as { n: number }).n);

      const languages = all<{ day: string; language: string; n: number }>(
        `SELECT u.day, u.language, SUM(u.count) AS n FROM usage_daily u
         WHERE ${where} AND u.kind = '${site ? 'language' : 'item'}' GROUP BY u.day, u.language ORDER BY u.day, u.language`,
      );
      // Another tenant's item only while it is published (a device could name a draft's id).
      const topItems = all<{ item_id: string; title: string | null; language: string; n: number; fallback: number }>(
        `SELECT u.item_id, u.language, SUM(u.count) AS n, SUM(CASE WHEN u.fallback = 1 THEN u.count ELSE 0 END) AS fallback,
           (SELECT t.title FROM translations t JOIN items i ON i.id = t.item_id WHERE t.item_id = u.item_id AND t.language = i.source_language) AS title
         FROM usage_daily u JOIN items i ON i.id = u.item_id
         WHERE ${where} AND u.kind = 'item' AND (i.tenant_id = @tenant OR i.published = 1)
         GROUP BY u.item_id, u.language ORDER BY n DESC, u.item_id LIMIT 50`,
      );
      const gaps = site
        ? all<{ words: string; language: string; n: number }>(
            `SELECT u.words, u.language, SUM(u.count) AS n FROM usage_daily u
             WHERE ${where} AND u.kind = 'search_empty' GROUP BY u.words, u.language ORDER BY n DESC, u.words LIMIT 50`,
          )
        : [];
      const sources = all<{ day: string; kiosk: number; phone: number }>(
        `SELECT u.day, SUM(CASE WHEN u.source = 'kiosk' THEN u.count ELSE 0 END) AS kiosk, SUM(CASE WHEN u.source = 'phone' THEN u.count ELSE 0 END) AS phone
         FROM usage_daily u WHERE ${where} AND u.kind = 'item' GROUP BY u.day ORDER BY u.day`,
      );
      return {
        from: input.from,
        to: input.to,
        view: scope.view,
        locations: scope.locations,
        languages: languages.map((r) => ({ day: r.day, language: r.language, count: shownCount(r.n) })),
        topItems: topItems.map((r) => ({ itemId: r.item_id, title: r.title ?? '', language: r.language, views: shownCount(r.n), fallbackViews: shownCount(r.fallback) })),
        searchesWithoutResults: gaps.map((r) => ({ words: r.words, language: r.language, count: shownCount(r.n) })),
        sources: sources.map((r) => ({ day: r.day, kiosk: shownCount(r.kiosk), phone: shownCount(r.phone) })),
        qr: site ? { shown: total('qr_shown'), appOpened: total('app_from_kiosk') } : { shown: null, appOpened: null },
        readAloud: total('read_aloud'),
      };
    },
  };
}

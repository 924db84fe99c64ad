import type { Actor, HubDeps, TenantRef } from '../context-types';
import { invalid, notFound } from '../errors';
import { SIGNATURES } from './media-store';
import { tenantRows } from './scope';
import { recordAudit } from './audit';
import { SCREENSHOT_MAX_BYTES, SCREENSHOT_OUTCOMES, SCREENSHOT_WAIT_MS, type ScreenshotAnswer, type ScreenshotView } from '../../../shared/screenshot';

/** A municipality asks one of its kiosks for a screenshot and reads the latest; one row per kiosk. */
export function screenshotRequests(deps: HubDeps, tenant: TenantRef, actor: Actor) {
  const { db } = deps;
  const rows = () => tenantRows(db, tenant.id);

  async function latest(kioskId: string): Promise<ScreenshotView> {
    const kiosk = await rows().selectFrom('kiosks').select('id').where('id', '=', kioskId).executeTakeFirst();
    if (!kiosk) throw notFound('Kiosk');
    const row = await rows().selectFrom('kiosk_screenshots').selectAll().where('kiosk_id', '=', kioskId).executeTakeFirst();
    if (!row) return { kioskId, status: 'none', requestedAt: null, requestedBy: null, answeredAt: null, contentType: null, dataBase64: null };
    const outcome = SCREENSHOT_OUTCOMES.find((o) => o === row.outcome);
    const waited = deps.now().getTime() - Date.parse(row.requested_at);
    return {
      kioskId,
      status: outcome ?? (waited < SCREENSHOT_WAIT_MS ? 'waiting' : 'no_answer'),
      requestedAt: row.requested_at,
      requestedBy: row.requested_by,
      answeredAt: row.answered_at,
      contentType: row.content_type === 'image/png' || row.content_type === 'image/jpeg' ? row.content_type : null,
      dataBase64: row.bytes ? Buffer.from(row.bytes).toString('base64') : null,
    };
  }

  return {
    latest,
    /** A new request replaces the last screenshot: only the latest is kept. */
    async request(kioskId: string): Promise<ScreenshotView & { locationId: string }> {
      const kiosk = await rows().selectFrom('kiosks').select(['id', 'location_id']).where('id', '=', kioskId).where('revoked_at', 'is', null).executeTakeFirst();
      if (!kiosk) throw notFound('Kiosk');
      const asked = { requested_at: deps.now().toISOString(), requested_by: actor.name, outcome: null, answered_at: null, content_type: null, bytes: null };
      await db
        .insertInto('kiosk_screenshots')
        .values({ kiosk_id: kioskId, tenant_id: tenant.id, ...asked })
        .onConflict((oc) => oc.column('kiosk_id').doUpdateSet(asked))
        .execute();
      await recordAudit(db, actor, 'kiosk.screenshot', 'kiosk', kioskId, null, deps.now());
      return { ...(await latest(kioskId)), locationId: kiosk.location_id };
    },
  };
}

/** A kiosk's side: whether a screenshot is asked of it, and its answer. The kiosk comes from its token. */
export function screenshotAnswers(deps: HubDeps, kioskId: string) {
  const { db } = deps;
  return {
    /** When the unanswered request was made, or null. */
    async pending(): Promise<string | null> {
      const row = await db.selectFrom('kiosk_screenshots').select('requested_at').where('kiosk_id', '=', kioskId).where('outcome', 'is', null).executeTakeFirst();
      return row?.requested_at ?? null;
    },
    /** Only the answer to the current request is kept; a late answer to an older one is dropped. */
    async answer(input: ScreenshotAnswer): Promise<{ kept: boolean }> {
      let picture: { content_type: string; bytes: Buffer } | null = null;
      if (input.outcome === 'taken') {
        const bytes = Buffer.from(input.dataBase64, 'base64');
        if (bytes.length > SCREENSHOT_MAX_BYTES) {
          throw invalid('screenshot_too_big', `A screenshot can be at most ${SCREENSHOT_MAX_BYTES / 1024 / 1024} MB`, 'dataBase64', { megabytes: SCREENSHOT_MAX_BYTES / 1024 / 1024 });
        }
        if (!SIGNATURES[input.contentType]?.(bytes)) throw invalid('image_type_mismatch', 'The file is not the image type it claims to be', 'dataBase64');
        picture = { content_type: input.contentType, bytes };
      }
      const done = await db
        .updateTable('kiosk_screenshots')
        .set({ outcome: input.outcome, answered_at: deps.now().toISOString(), content_type: picture?.content_type ?? null, bytes: picture?.bytes ?? null })
        .where('kiosk_id', '=', kioskId)
        .where('requested_at', '=', input.requestedAt)
        .where('outcome', 'is', null)
        .executeTakeFirst();
      return { kept: Number(done.numUpdatedRows) > 0 };
    },
  };
}

import type { PairResult } from '../../../shared/admin';
import type { HubDeps, KioskPrincipal } from '../context-types';
import { hashToken, newToken, normalizePairingCode } from '../auth/tokens';
import { HubError, notFound } from '../errors';
import { recordAudit } from './audit';
import { writeTransaction } from './change-log';
import { SCREEN_TIME_ZONE, type ScreenOrders } from '../../../shared/screen-hours';
import { parseHours } from './kiosk-store';
import type { LanguageCode } from '../../../shared/languages';
import { principalCacheOf } from '../auth/principal-cache';

/** The kiosk's side of pairing and health; a device token reads its own location and nothing else. */
export function deviceStore(deps: HubDeps) {
  const { db, changes } = deps;

  return {
    /** Exchanges a one-time pairing code for a device token. Expired, used or unknown codes all fail alike. */
    async pair(code: string): Promise<PairResult> {
      const now = deps.now();
      const paired = await writeTransaction(deps, async (trx) => {
        const row = await trx
          .selectFrom('pairing_codes')
          .innerJoin('kiosks', 'kiosks.id', 'pairing_codes.kiosk_id')
          .innerJoin('locations', 'locations.id', 'kiosks.location_id')
          .select([
            'pairing_codes.code_hash',
            'pairing_codes.kiosk_id',
            'pairing_codes.expires_at',
            'pairing_codes.used_at',
            'kiosks.tenant_id',
            'kiosks.location_id',
            'locations.name as location_name',
          ])
          .where('pairing_codes.code_hash', '=', hashToken(normalizePairingCode(code)))
          .executeTakeFirst();
        if (!row || row.used_at || row.expires_at <= now.toISOString()) {
          throw new HubError('unauthorized', 'wrong_pairing_code', 'This pairing code is not valid. Ask for a new code in the admin console.', 'code');
        }
        const deviceToken = newToken('device');
        // Only one of two kiosks typing the same code at once gets it: the second finds it used.
        const taken = await trx
          .updateTable('pairing_codes')
          .set({ used_at: now.toISOString() })
          .where('code_hash', '=', row.code_hash)
          .where('used_at', 'is', null)
          .executeTakeFirst();
        if (!taken.numUpdatedRows) {
          throw new HubError('unauthorized', 'wrong_pairing_code', 'This pairing code is not valid. Ask for a new code in the admin console.', 'code');
        }
        await trx.updateTable('kiosks').set({ token_hash: hashToken(deviceToken), paired_at: now.toISOString(), revoked_at: null }).where('id', '=', row.kiosk_id).execute();
        await recordAudit(trx, { id: null, name: 'kiosk', tenantId: row.tenant_id }, 'kiosk.paired', 'kiosk', row.kiosk_id, null, now);
        return {
          deviceToken,
          kioskId: row.kiosk_id,
          location: { id: row.location_id, name: row.location_name },
        };
      });
      // The kiosk's earlier device token, if it had one, no longer works.
      principalCacheOf(deps).forget();
      return paired;
    },

    async resolve(token: string): Promise<KioskPrincipal | null> {
      // On the read connection: a kiosk's read must not wait for an editor's write in progress.
      const row = await deps.reads
        .selectFrom('kiosks')
        .select(['id', 'name', 'location_id', 'tenant_id'])
        .where('token_hash', '=', hashToken(token))
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row ? { kind: 'kiosk', kiosk: { id: row.id, name: row.name, locationId: row.location_id, tenantId: row.tenant_id } } : null;
    },

    async heartbeat(kioskId: string, report: { appVersion: string; contentSeq: number; uptimeSeconds: number; lastError: string | null; languages: string[]; clock?: string; orientation?: string }) {
      const now = deps.now();
      const clockOffsetMs = report.clock ? Date.parse(report.clock) - now.getTime() : null;
      await db
        .updateTable('kiosks')
        .set((eb) => ({
          last_heartbeat_at: now.toISOString(),
          app_version: report.appVersion,
          content_seq: report.contentSeq,
          uptime_s: report.uptimeSeconds,
          last_error: report.lastError,
          // A kiosk of an older version reports no languages: what it reported before stays.
          languages: report.languages.length ? JSON.stringify(report.languages) : eb.ref('languages'),
          clock_offset_ms: clockOffsetMs,
          // Older kiosks report no orientation: what they said before stays.
          orientation: report.orientation ?? eb.ref('orientation'),
        }))
        .where('id', '=', kioskId)
        .execute();
      // The public address rides along, so kiosks rebuild their QR codes when an operator changes it.
      return { serverTime: now.toISOString(), latestSeq: await changes.latestSeq(), publicUrl: deps.settings.publicUrl };
    },

    /** What the hub wants of this kiosk's screen: its off hours (its own, else its location's) and identify. */
    async orders(kioskId: string): Promise<ScreenOrders> {
      const row = await db
        .selectFrom('kiosks')
        .innerJoin('locations', 'locations.id', 'kiosks.location_id')
        .select(['kiosks.name', 'kiosks.screen_hours', 'kiosks.identify_until', 'locations.screen_hours as location_hours'])
        .where('kiosks.id', '=', kioskId)
        .executeTakeFirstOrThrow();
      const identifying = row.identify_until !== null && row.identify_until > deps.now().toISOString();
      return {
        hours: parseHours(row.screen_hours) ?? parseHours(row.location_hours),
        timeZone: SCREEN_TIME_ZONE,
        identifyUntil: identifying ? row.identify_until : null,
        name: row.name,
      };
    },

    async location(locationId: string) {
      const row = await db
        .selectFrom('locations')
        .innerJoin('tenants', 'tenants.id', 'locations.tenant_id')
        .select(['locations.id', 'locations.name', 'locations.kind', 'locations.languages', 'tenants.name as municipality'])
        .where('locations.id', '=', locationId)
        .executeTakeFirst();
      if (!row) throw notFound('Location');
      return { ...row, languages: row.languages ? (JSON.parse(row.languages) as LanguageCode[]) : null };
    },
  };
}

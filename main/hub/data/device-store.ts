import type { PairResult } from '../../../shared/admin';
import type { HubDeps, KioskPrincipal } from '../context-types';
import { hashToken, newToken, normalizePairingCode } from '../auth/tokens';
import { HubError } from '../errors';
import { recordAudit } from './audit';
import { writeTransaction } from './change-log';
import { statement } from '../db/statements';
import { SCREEN_TIME_ZONE, type ScreenOrders } from '../../../shared/screen-hours';
import { parseHours } from './kiosk-store';

/** The kiosk's side of pairing and health; a device token reads its own location and nothing else. */
export function deviceStore(deps: HubDeps) {
  const { db, changes } = deps;

  return {
    /** Exchanges a one-time pairing code for a device token. Expired, used or unknown codes all fail alike. */
    pair(code: string): PairResult {
      const now = deps.now();
      return writeTransaction(db, changes, () => {
        const row = db
          .prepare(
            `SELECT p.code_hash, p.kiosk_id, p.expires_at, p.used_at, k.tenant_id, k.location_id, l.name AS location_name,
                    l.phone_app_url FROM pairing_codes p JOIN kiosks k ON k.id = p.kiosk_id JOIN locations l ON l.id = k.location_id
             WHERE p.code_hash = ?`,
          )
          .get(hashToken(normalizePairingCode(code))) as
          | { code_hash: string; kiosk_id: string; expires_at: string; used_at: string | null; tenant_id: string; location_id: string; location_name: string; phone_app_url: string | null }
          | undefined;
        if (!row || row.used_at || row.expires_at <= now.toISOString()) {
          throw new HubError('unauthorized', 'wrong_pairing_code', 'This pairing code is not valid. Ask for a new code in the admin console.', 'code');
        }
        const deviceToken = newToken('device');
        db.prepare('UPDATE pairing_codes SET used_at = ? WHERE code_hash = ?').run(now.toISOString(), row.code_hash);
        db.prepare('UPDATE kiosks SET token_hash = ?, paired_at = ?, revoked_at = NULL WHERE id = ?').run(
          hashToken(deviceToken),
          now.toISOString(),
          row.kiosk_id,
        );
        recordAudit(db, { id: null, name: 'kiosk', tenantId: row.tenant_id }, 'kiosk.paired', 'kiosk', row.kiosk_id, null, now);
        return {
          deviceToken,
          kioskId: row.kiosk_id,
          location: { id: row.location_id, name: row.location_name, phoneAppUrl: row.phone_app_url },
        };
      });
    },

    resolve(token: string): KioskPrincipal | null {
      const row = statement(db, 'SELECT id, name, location_id, tenant_id FROM kiosks WHERE token_hash = ? AND revoked_at IS NULL')
        .get(hashToken(token)) as { id: string; name: string; location_id: string; tenant_id: string } | undefined;
      return row ? { kind: 'kiosk', kiosk: { id: row.id, name: row.name, locationId: row.location_id, tenantId: row.tenant_id } } : null;
    },

    heartbeat(kioskId: string, report: { appVersion: string; contentSeq: number; uptimeSeconds: number; lastError: string | null; languages: string[]; clock?: string; orientation?: string }) {
      const now = deps.now();
      const clockOffsetMs = report.clock ? Date.parse(report.clock) - now.getTime() : null;
      // A kiosk of an older version reports no languages: what it reported before stays.
      db.prepare(
        'UPDATE kiosks SET last_heartbeat_at = ?, app_version = ?, content_seq = ?, uptime_s = ?, last_error = ?, languages = COALESCE(?, languages), clock_offset_ms = ?, orientation = COALESCE(?, orientation) WHERE id = ?',
      ).run(now.toISOString(), report.appVersion, report.contentSeq, report.uptimeSeconds, report.lastError, report.languages.length ? JSON.stringify(report.languages) : null, clockOffsetMs, report.orientation ?? null, kioskId);
      // The public address rides along, so kiosks rebuild their QR codes when an operator changes it.
      return { serverTime: now.toISOString(), latestSeq: changes.latestSeq(), publicUrl: deps.settings.publicUrl };
    },

    /** What the hub wants of this kiosk's screen: its off hours (its own, else its location's) and identify. */
    orders(kioskId: string): ScreenOrders {
      const row = db
        .prepare('SELECT k.name, k.screen_hours, k.identify_until, l.screen_hours AS location_hours FROM kiosks k JOIN locations l ON l.id = k.location_id WHERE k.id = ?')
        .get(kioskId) as { name: string; screen_hours: string | null; identify_until: string | null; location_hours: string | null };
      const identifying = row.identify_until !== null && row.identify_until > deps.now().toISOString();
      return {
        hours: parseHours(row.screen_hours) ?? parseHours(row.location_hours),
        timeZone: SCREEN_TIME_ZONE,
        identifyUntil: identifying ? row.identify_until : null,
        name: row.name,
      };
    },

    location(locationId: string) {
      return db
        .prepare(
          `SELECT l.id, l.name, l.kind, l.phone_app_url AS phoneAppUrl, t.name AS municipality
           FROM locations l JOIN tenants t ON t.id = l.tenant_id WHERE l.id = ?`,
        )
        .get(locationId) as { id: string; name: string; kind: string; phoneAppUrl: string | null; municipality: string };
    },
  };
}

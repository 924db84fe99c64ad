import { randomUUID } from 'node:crypto';
import { KIOSK_ONLINE_WINDOW_MS, type KioskView, type PairingCodeView } from '../../../shared/admin';
import type { LanguageCode } from '../../../shared/languages';
import type { Actor, HubDeps, TenantRef } from '../context-types';
import { hashToken, newPairingCode } from '../auth/tokens';
import { forbidden, notFound } from '../errors';
import { recordAudit } from './audit';
import { writeTransaction } from './change-log';
import { screenHoursSchema, type ScreenHours } from '../../../shared/screen-hours';

interface KioskRow {
  id: string;
  name: string;
  location_id: string;
  location_name: string;
  token_hash: string | null;
  revoked_at: string | null;
  last_heartbeat_at: string | null;
  app_version: string | null;
  content_seq: number | null;
  uptime_s: number | null;
  last_error: string | null;
  languages: string | null;
  clock_offset_ms: number | null;
  orientation: KioskView['orientation'];
  screen_hours: string | null;
  location_screen_hours: string | null;
  changes_behind: number | null;
}

/** How long an identified screen shows its name. */
export const IDENTIFY_MS = 10_000;

export const parseHours = (json: string | null): ScreenHours | null => (json ? screenHoursSchema.parse(JSON.parse(json)) : null);

/** A municipality's kiosks: create, hand out pairing codes, watch their health, revoke. */
export function kioskStore(deps: HubDeps, tenant: TenantRef, actor: Actor) {
  const { db, changes } = deps;
  // Behind: entries of the change log after the kiosk's content number that reach its location
  // (its own settings, or an item of a layer it shows: national, its municipality, linked employers).
  const select = `SELECT k.*, l.name AS location_name, l.screen_hours AS location_screen_hours,
      CASE WHEN k.content_seq IS NULL THEN NULL ELSE (
        SELECT COUNT(*) FROM change_log c WHERE c.seq > k.content_seq AND (c.location_id = k.location_id OR (c.location_id IS NULL AND (
          c.tenant_id = l.tenant_id
          OR c.tenant_id IN (SELECT id FROM tenants WHERE kind = 'national')
          OR c.tenant_id IN (SELECT employer_tenant_id FROM location_employers WHERE location_id = k.location_id))))
      ) END AS changes_behind
    FROM kiosks k JOIN locations l ON l.id = k.location_id WHERE k.tenant_id = @tenant`;

  function toView(row: KioskRow): KioskView {
    const last = row.last_heartbeat_at ? Date.parse(row.last_heartbeat_at) : null;
    return {
      id: row.id,
      name: row.name,
      locationId: row.location_id,
      locationName: row.location_name,
      paired: row.token_hash !== null,
      revoked: row.revoked_at !== null,
      online: row.revoked_at === null && last !== null && deps.now().getTime() - last < KIOSK_ONLINE_WINDOW_MS,
      lastHeartbeatAt: row.last_heartbeat_at,
      appVersion: row.app_version,
      contentSeq: row.content_seq,
      uptimeSeconds: row.uptime_s,
      lastError: row.last_error,
      languages: row.languages ? (JSON.parse(row.languages) as LanguageCode[]) : [],
      clockOffsetMs: row.clock_offset_ms,
      orientation: row.orientation,
      changesBehind: row.changes_behind,
      screenHours: parseHours(row.screen_hours),
      locationScreenHours: parseHours(row.location_screen_hours),
    };
  }

  function own(id: string): KioskRow {
    const row = db.prepare(`${select} AND k.id = @id`).get({ tenant: tenant.id, id }) as KioskRow | undefined;
    if (!row) throw notFound('Kiosk');
    return row;
  }

  function issueCode(kioskId: string): PairingCodeView {
    const code = newPairingCode();
    const now = deps.now();
    const expiresAt = new Date(now.getTime() + deps.settings.pairingCodeTtlMs).toISOString();
    // A new code replaces any unused one: only the latest code on the screen works.
    db.prepare('DELETE FROM pairing_codes WHERE kiosk_id = ? AND used_at IS NULL').run(kioskId);
    db.prepare('INSERT INTO pairing_codes (code_hash, kiosk_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
      hashToken(code),
      kioskId,
      now.toISOString(),
      expiresAt,
    );
    return { kioskId, code, expiresAt };
  }

  return {
    list(): KioskView[] {
      if (tenant.kind !== 'municipality') return [];
      return (db.prepare(`${select} ORDER BY l.name, k.name`).all({ tenant: tenant.id }) as KioskRow[]).map(toView);
    },

    create(locationId: string, name: string): { kiosk: KioskView; pairing: PairingCodeView } {
      if (tenant.kind !== 'municipality') throw forbidden('municipality_only', 'Only a municipality manages kiosks');
      const location = db.prepare('SELECT id FROM locations WHERE id = ? AND tenant_id = ?').get(locationId, tenant.id);
      if (!location) throw notFound('Location');
      const id = randomUUID();
      const pairing = writeTransaction(db, changes, () => {
        db.prepare('INSERT INTO kiosks (id, tenant_id, location_id, name, created_at) VALUES (?, ?, ?, ?, ?)').run(
          id,
          tenant.id,
          locationId,
          name,
          deps.now().toISOString(),
        );
        recordAudit(db, actor, 'kiosk.create', 'kiosk', id, { locationId, name }, deps.now());
        return issueCode(id);
      });
      return { kiosk: toView(own(id)), pairing };
    },

    /** A fresh one-time code, e.g. to re-pair a replaced screen. The old device token stops working. */
    newPairingCode(kioskId: string): PairingCodeView {
      own(kioskId);
      return writeTransaction(db, changes, () => {
        db.prepare('UPDATE kiosks SET token_hash = NULL, revoked_at = NULL WHERE id = ?').run(kioskId);
        recordAudit(db, actor, 'kiosk.pairing_code', 'kiosk', kioskId, null, deps.now());
        return issueCode(kioskId);
      });
    },

    /** Off hours for every kiosk of one of this municipality's locations (null: always on). */
    setLocationScreenHours(locationId: string, hours: ScreenHours | null): { locationId: string } {
      const changed = db.prepare('UPDATE locations SET screen_hours = ? WHERE id = ? AND tenant_id = ?').run(hours && JSON.stringify(hours), locationId, tenant.id);
      if (!changed.changes) throw notFound('Location');
      recordAudit(db, actor, 'location.update', 'location', locationId, { screenHours: hours }, deps.now());
      return { locationId };
    },

    /** One kiosk's own off hours over its location's (null: the location's). */
    setScreenHours(kioskId: string, hours: ScreenHours | null): KioskView {
      own(kioskId);
      db.prepare('UPDATE kiosks SET screen_hours = ? WHERE id = ?').run(hours && JSON.stringify(hours), kioskId);
      recordAudit(db, actor, 'kiosk.screen_hours', 'kiosk', kioskId, { screenHours: hours }, deps.now());
      return toView(own(kioskId));
    },

    /** The chosen screen shows its name large for a few seconds, so someone on site can tell which it is. */
    identify(kioskId: string): KioskView {
      own(kioskId);
      db.prepare('UPDATE kiosks SET identify_until = ? WHERE id = ?').run(new Date(deps.now().getTime() + IDENTIFY_MS).toISOString(), kioskId);
      return toView(own(kioskId));
    },

    revoke(kioskId: string): KioskView {
      own(kioskId);
      writeTransaction(db, changes, () => {
        db.prepare('UPDATE kiosks SET revoked_at = ? WHERE id = ?').run(deps.now().toISOString(), kioskId);
        db.prepare('DELETE FROM pairing_codes WHERE kiosk_id = ? AND used_at IS NULL').run(kioskId);
        recordAudit(db, actor, 'kiosk.revoke', 'kiosk', kioskId, null, deps.now());
      });
      return toView(own(kioskId));
    },
  };
}

import { randomUUID } from 'node:crypto';
import { KIOSK_ONLINE_WINDOW_MS, type KioskView, type PairingCodeView } from '../../../shared/admin';
import type { LanguageCode } from '../../../shared/languages';
import type { Actor, HubDeps, TenantRef } from '../context-types';
import { hashToken, newPairingCode } from '../auth/tokens';
import { forbidden, notFound } from '../errors';
import { recordAudit } from './audit';
import { writeTransaction } from './change-log';
import { tenantRows } from './scope';
import type { Db } from '../db/open';
import type { HubSchema } from '../db/schema';
import { sql } from 'kysely';
import { screenHoursSchema, type ScreenHours } from '../../../shared/screen-hours';
import { principalCacheOf } from '../auth/principal-cache';

/** A kiosk as stored, with its location's name and screen hours and how far it is behind. */
type KioskRow = Omit<HubSchema['kiosks'], 'tenant_id' | 'created_at' | 'paired_at' | 'identify_until'> & {
  location_name: string;
  location_screen_hours: string | null;
  changes_behind: number | string | null;
};

/** How long an identified screen shows its name. */
export const IDENTIFY_MS = 10_000;

export const parseHours = (json: string | null): ScreenHours | null => (json ? screenHoursSchema.parse(JSON.parse(json)) : null);
const ORIENTATIONS = ['portrait', 'landscape', 'auto'] as const;
const orientationOf = (raw: string | null) => ORIENTATIONS.find((o) => o === raw) ?? null;

/** A municipality's kiosks: create, hand out pairing codes, watch their health, revoke. */
export function kioskStore(deps: HubDeps, tenant: TenantRef, actor: Actor) {
  const { db } = deps;
  const select = (from: Db) =>
    tenantRows(from, tenant.id)
      .selectFrom('kiosks')
      .innerJoin('locations', 'locations.id', 'kiosks.location_id')
      .selectAll('kiosks')
      .select('locations.name as location_name')
      .select('locations.screen_hours as location_screen_hours')
      // Behind: entries of the change log after the kiosk's content number that reach its location
      // (its own settings, or an item of a layer it shows: national, its municipality, linked employers).
      .select(
        sql<number | null>`CASE WHEN kiosks.content_seq IS NULL THEN NULL ELSE (
          SELECT COUNT(*) FROM change_log c WHERE c.seq > kiosks.content_seq AND (c.location_id = kiosks.location_id OR (c.location_id IS NULL AND (
            c.tenant_id = locations.tenant_id
            OR c.tenant_id IN (SELECT id FROM tenants WHERE kind = 'national')
            OR c.tenant_id IN (SELECT employer_tenant_id FROM location_employers WHERE location_id = kiosks.location_id))))
        ) END`.as('changes_behind'),
      );

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
      orientation: orientationOf(row.orientation),
      changesBehind: row.changes_behind === null ? null : Number(row.changes_behind),
      screenHours: parseHours(row.screen_hours),
      locationScreenHours: parseHours(row.location_screen_hours),
    };
  }

  async function own(id: string): Promise<KioskRow> {
    const row = await select(db).where('kiosks.id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Kiosk');
    return row;
  }

  async function issueCode(trx: Db, kioskId: string): Promise<PairingCodeView> {
    const code = newPairingCode();
    const now = deps.now();
    const expiresAt = new Date(now.getTime() + deps.settings.pairingCodeTtlMs).toISOString();
    // A new code replaces any unused one: only the latest code on the screen works.
    await trx.deleteFrom('pairing_codes').where('kiosk_id', '=', kioskId).where('used_at', 'is', null).execute();
    await trx.insertInto('pairing_codes').values({ code_hash: hashToken(code), kiosk_id: kioskId, created_at: now.toISOString(), expires_at: expiresAt }).execute();
    return { kioskId, code, expiresAt };
  }

  return {
    async list(): Promise<KioskView[]> {
      if (tenant.kind !== 'municipality') return [];
      return (await select(db).orderBy('locations.name').orderBy('kiosks.name').execute()).map(toView);
    },

    async create(locationId: string, name: string): Promise<{ kiosk: KioskView; pairing: PairingCodeView }> {
      if (tenant.kind !== 'municipality') throw forbidden('municipality_only', 'Only a municipality manages kiosks');
      const location = await tenantRows(db, tenant.id).selectFrom('locations').select('id').where('id', '=', locationId).executeTakeFirst();
      if (!location) throw notFound('Location');
      const id = randomUUID();
      const pairing = await writeTransaction(deps, async (trx) => {
        await trx.insertInto('kiosks').values({ id, tenant_id: tenant.id, location_id: locationId, name, created_at: deps.now().toISOString() }).execute();
        await recordAudit(trx, actor, 'kiosk.create', 'kiosk', id, { locationId, name }, deps.now());
        return issueCode(trx, id);
      });
      return { kiosk: toView(await own(id)), pairing };
    },

    /** A fresh one-time code, e.g. to re-pair a replaced screen. The old device token stops working. */
    async newPairingCode(kioskId: string): Promise<PairingCodeView> {
      await own(kioskId);
      const code = await writeTransaction(deps, async (trx) => {
        await tenantRows(trx, tenant.id).updateTable('kiosks').set({ token_hash: null, revoked_at: null }).where('id', '=', kioskId).execute();
        await recordAudit(trx, actor, 'kiosk.pairing_code', 'kiosk', kioskId, null, deps.now());
        return issueCode(trx, kioskId);
      });
      principalCacheOf(deps).forget();
      return code;
    },

    /** Off hours for every kiosk of one of this municipality's locations (null: always on). */
    async setLocationScreenHours(locationId: string, hours: ScreenHours | null): Promise<{ locationId: string }> {
      const changed = await tenantRows(db, tenant.id)
        .updateTable('locations')
        .set({ screen_hours: hours && JSON.stringify(hours) })
        .where('id', '=', locationId)
        .executeTakeFirst();
      if (!changed.numUpdatedRows) throw notFound('Location');
      await recordAudit(db, actor, 'location.update', 'location', locationId, { screenHours: hours }, deps.now());
      return { locationId };
    },

    /** One kiosk's own off hours over its location's (null: the location's). */
    async setScreenHours(kioskId: string, hours: ScreenHours | null): Promise<KioskView> {
      await own(kioskId);
      await tenantRows(db, tenant.id).updateTable('kiosks').set({ screen_hours: hours && JSON.stringify(hours) }).where('id', '=', kioskId).execute();
      await recordAudit(db, actor, 'kiosk.screen_hours', 'kiosk', kioskId, { screenHours: hours }, deps.now());
      return toView(await own(kioskId));
    },

    /** The chosen screen shows its name large for a few seconds, so someone on site can tell which it is. */
    async identify(kioskId: string): Promise<KioskView> {
      await own(kioskId);
      const until = new Date(deps.now().getTime() + IDENTIFY_MS).toISOString();
      await tenantRows(db, tenant.id).updateTable('kiosks').set({ identify_until: until }).where('id', '=', kioskId).execute();
      return toView(await own(kioskId));
    },

    async revoke(kioskId: string): Promise<KioskView> {
      await own(kioskId);
      await writeTransaction(deps, async (trx) => {
        await tenantRows(trx, tenant.id).updateTable('kiosks').set({ revoked_at: deps.now().toISOString() }).where('id', '=', kioskId).execute();
        await trx.deleteFrom('pairing_codes').where('kiosk_id', '=', kioskId).where('used_at', 'is', null).execute();
        await recordAudit(trx, actor, 'kiosk.revoke', 'kiosk', kioskId, null, deps.now());
      });
      principalCacheOf(deps).forget();
      return toView(await own(kioskId));
    },
  };
}

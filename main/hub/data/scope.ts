import type { HubDeps, KioskPrincipal, OperatorPrincipal, TenantRef, UserPrincipal } from '../context-types';
import { notFound } from '../errors';
import { listAudit } from './audit';
import type { AuditQuery } from '../../../shared/audit';
import { contentStore } from './content-store';
import { deviceStore } from './device-store';
import { kioskStore } from './kiosk-store';
import { locationStore } from './location-store';
import { mediaSizes, mediaStore } from './media-store';
import { publishedStore } from './published-store';
import type { LocationLayers } from './location-layers';
import type { ChangeEvent } from './change-log';
import { sessionStore, type LoginLimits } from './session-store';
import { operatorStore, userStore } from './user-store';
import { ingestUsage, usageReports, type UsageScope } from './usage-store';
import type { UsageBatch } from '../../../shared/usage';

/**
 * The one place where a caller becomes a data view. Each view binds the caller's tenant (or
 * kiosk location) into every store it hands out; routers only ever see these views, so no
 * router can forget a tenant filter or take a tenant id from its input.
 */
export function userData(deps: HubDeps, p: UserPrincipal) {
  const actor = { id: p.user.id, name: p.user.name, tenantId: p.tenant.id };
  const locations = locationStore(deps, p.tenant, actor);
  return {
    tenant: p.tenant,
    content: contentStore(deps, { tenant: p.tenant, actor, role: p.user.role }),
    locations,
    kiosks: kioskStore(deps, p.tenant, actor),
    users: userStore(deps, p.tenant, actor),
    media: mediaStore(deps, p.tenant, actor),
    audit: (query: AuditQuery) => listAudit(deps.db, p.tenant.id, query),
    usage: usageReports(deps, usageScope(deps, p.tenant)),
    noticeGroup: { kind: 'tenant', id: p.tenant.id } satisfies NoticeGroup,
    /** A location's published feed, for its municipality and the employers linked to it. */
    feed(locationId: string) {
      if (!locations.canRead(locationId)) throw notFound('Location');
      return publishedStore(deps, locationId);
    },
  };
}

export function kioskData(deps: HubDeps, p: KioskPrincipal) {
  const devices = deviceStore(deps);
  return {
    kiosk: p.kiosk,
    /** A kiosk reads its own location only: the location id comes from its token, not from its input. */
    feed(locationId?: string) {
      locationId ??= p.kiosk.locationId;
      if (locationId !== p.kiosk.locationId) throw notFound('Location');
      return publishedStore(deps, locationId);
    },
    location: () => devices.location(p.kiosk.locationId),
    noticeGroup: { kind: 'location', id: p.kiosk.locationId } satisfies NoticeGroup,
    heartbeat: (report: Parameters<typeof devices.heartbeat>[1]) => devices.heartbeat(p.kiosk.id, report),
    /** Counts from this kiosk, at its own location. */
    countUsage: (batch: UsageBatch) => ingestUsage(deps, { locationId: p.kiosk.locationId, source: 'kiosk', kioskId: p.kiosk.id }, batch),
  };
}

/**
 * What anyone may read of a location, without a token (a worker's phone, a CDN in front of the
 * hub): exactly the published feed a kiosk of that location gets, its name, and image sizes.
 */
export function phoneData(deps: HubDeps, locationId: string) {
  const feed = publishedStore(deps, locationId);
  const { id, name, municipality } = deviceStore(deps).location(locationId);
  return {
    feed,
    location: { id, name, municipality },
    mediaSizes: (ids: readonly string[]) => mediaSizes(deps, ids),
    /** Counts from phones at this location: no phone is named. */
    countUsage: (batch: UsageBatch) => ingestUsage(deps, { locationId: id, source: 'phone', kioskId: null }, batch),
  };
}

/**
 * Usage statistics a tenant sees: a municipality everything at its own locations; an employer
 * the views of its own items at the locations it is linked to; the national layer the views of
 * its own items everywhere, as totals (no location one by one: they are other tenants' sites).
 */
function usageScope(deps: HubDeps, tenant: TenantRef): UsageScope {
  const params = { tenant: tenant.id };
  const ownItems = 'u.item_id IN (SELECT id FROM items WHERE tenant_id = @tenant)';
  const places = (sql: string) => deps.db.prepare(sql).all(params) as { id: string; name: string }[];
  switch (tenant.kind) {
    case 'municipality':
      return {
        where: 'u.location_id IN (SELECT id FROM locations WHERE tenant_id = @tenant)',
        params,
        view: 'site',
        locations: places('SELECT id, name FROM locations WHERE tenant_id = @tenant ORDER BY name'),
      };
    case 'employer':
      return {
        where: `${ownItems} AND u.location_id IN (SELECT location_id FROM location_employers WHERE employer_tenant_id = @tenant)`,
        params,
        view: 'own-items',
        locations: places(
          'SELECT l.id, l.name FROM locations l JOIN location_employers le ON le.location_id = l.id WHERE le.employer_tenant_id = @tenant ORDER BY l.name',
        ),
      };
    case 'national':
      return { where: ownItems, params, view: 'own-items', locations: [] };
  }
}

/** Who hears the same live notices: the kiosks of one location, the consoles of one tenant. */
export type NoticeGroup = { kind: 'location' | 'tenant'; id: string };

/**
 * Live notices: an admin console hears of its own tenant's changes only, not of a location's
 * settings; a kiosk hears of changes to the layers its location shows, and of its own location's
 * settings only. Decided once per group and change, from the layers kept in memory.
 */
export function hearsChange(layers: LocationLayers, group: NoticeGroup, e: ChangeEvent): boolean {
  return group.kind === 'tenant' ? e.tenantId === group.id && e.locationId === null : layers.reaches(group.id, e);
}

export function operatorData(deps: HubDeps, p: OperatorPrincipal) {
  return operatorStore(deps, { id: p.user.id, name: p.user.name, tenantId: null });
}

export function publicData(deps: HubDeps, limits: LoginLimits) {
  return { sessions: sessionStore(deps, limits), devices: deviceStore(deps) };
}

export type UserData = ReturnType<typeof userData>;
export type KioskData = ReturnType<typeof kioskData>;

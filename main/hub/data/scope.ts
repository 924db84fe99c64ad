import { sql, type SelectQueryBuilder, type UpdateQueryBuilder, type UpdateResult } from 'kysely';
import type { HubSchema } from '../db/schema';
import type { HubDeps, KioskPrincipal, OperatorPrincipal, TenantRef, UserPrincipal } from '../context-types';
import type { Db } from '../db/open';
import { notFound } from '../errors';
import { listAudit } from './audit';
import type { AuditQuery } from '../../../shared/audit';
import { contentStore } from './content-store';
import { deviceStore } from './device-store';
import { feedbackStore, receiveFeedback } from './feedback-store';
import type { KioskFeedback, PhoneFeedback } from '../../../shared/feedback';
import { kioskStore } from './kiosk-store';
import { screenshotAnswers, screenshotRequests } from './screenshot-store';
import type { ScreenshotAnswer } from '../../../shared/screenshot';
import { locationStore } from './location-store';
import { mediaSizes, mediaStore } from './media-store';
import { publishedStore } from './published-store';
import { feedCacheOf } from './feed-cache';
import type { LocationLayers } from './location-layers';
import type { ChangeEvent } from './change-log';
import { sessionStore, type LoginLimits } from './session-store';
import { operatorStore, userStore } from './user-store';
import { ingestUsage, usageReports, type UsageScope } from './usage-store';
import type { UsageBatch } from '../../../shared/usage';

/** Tables whose rows belong to one tenant, named by their `tenant_id` column. */
export type TenantTable = 'items' | 'users' | 'locations' | 'kiosks' | 'media' | 'audit_log' | 'applied_mutations' | 'change_log' | 'feedback' | 'kiosk_screenshots';

/**
 * A tenant's rows: every query a store starts here already carries `<table>.tenant_id = <tenant>`,
 * so no store writes the tenant filter itself, and none can take the tenant from a caller's input.
 * Pass a transaction as `db` to read and write inside it.
 */
export function tenantRows(db: Db, tenantId: string) {
  const owned = (table: TenantTable) => sql<boolean>`${sql.ref(`${table}.tenant_id`)} = ${tenantId}`;
  return {
    db,
    tenantId,
    selectFrom: <T extends TenantTable>(table: T) => db.selectFrom<TenantTable>(table).where(owned(table)) as unknown as SelectQueryBuilder<HubSchema, T, object>,
    updateTable: <T extends TenantTable>(table: T) =>
      db.updateTable<TenantTable>(table).where(owned(table)) as unknown as UpdateQueryBuilder<HubSchema, T, T, UpdateResult>,
  };
}
export type TenantRows = ReturnType<typeof tenantRows>;

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
    /** On-demand screenshots of this municipality's own kiosks. */
    screenshots: screenshotRequests(deps, p.tenant, actor),
    users: userStore(deps, p.tenant, actor),
    media: mediaStore(deps, p.tenant, actor),
    /** Workers' feedback on this tenant's own items, wherever they read them. */
    feedback: feedbackStore(deps, p.tenant, actor),
    audit: (query: AuditQuery) => listAudit(tenantRows(deps.db, p.tenant.id), query),
    usage: usageReports(deps, usageScope(deps, p.tenant)),
    noticeGroup: { kind: 'tenant', id: p.tenant.id } satisfies NoticeGroup,
    /** A location's published feed, for its municipality and the employers linked to it. */
    async feed(locationId: string) {
      if (!(await locations.canRead(locationId))) throw notFound('Location');
      return publishedStore(deps, locationId);
    },
  };
}

/**
 * What `kioskData(deps, p).feed(locationId)` would answer with `prepared(key)`, when those bytes
 * are made already and still current: no waiting, no query. Undefined means: take the full path.
 */
export function kioskPreparedNow(deps: HubDeps, p: KioskPrincipal, locationId: string, key: string) {
  return locationId === p.kiosk.locationId ? feedCacheOf(deps).readyNow(locationId, key) : undefined;
}

export function kioskData(deps: HubDeps, p: KioskPrincipal) {
  const devices = deviceStore(deps);
  return {
    kiosk: p.kiosk,
    /** A kiosk reads its own location only: the location id comes from its token, not from its input. */
    async feed(locationId?: string) {
      locationId ??= p.kiosk.locationId;
      if (locationId !== p.kiosk.locationId) throw notFound('Location');
      return publishedStore(deps, locationId);
    },
    location: () => devices.location(p.kiosk.locationId),
    noticeGroup: { kind: 'location', id: p.kiosk.locationId } satisfies NoticeGroup,
    heartbeat: (report: Parameters<typeof devices.heartbeat>[1]) => devices.heartbeat(p.kiosk.id, report),
    /** Counts from this kiosk, at its own location. */
    countUsage: (batch: UsageBatch) => ingestUsage(deps, { locationId: p.kiosk.locationId, source: 'kiosk', kioskId: p.kiosk.id }, batch),
    /** What the hub wants of this kiosk's screen (hours, identify): its own orders only. */
    async orders() {
      return { ...(await devices.orders(p.kiosk.id)), screenshotRequestedAt: await screenshotAnswers(deps, p.kiosk.id).pending() };
    },
    /** This kiosk's answer to a screenshot request: it can only ever fill in its own. */
    answerScreenshot: (input: ScreenshotAnswer) => screenshotAnswers(deps, p.kiosk.id).answer(input),
    /** Feedback on an article this kiosk's location shows; it goes to the item's owner. */
    sendFeedback: (input: KioskFeedback) => receiveFeedback(deps, { locationId: p.kiosk.locationId, source: 'kiosk', kioskId: p.kiosk.id }, input),
  };
}

/**
 * What anyone may read of a location, without a token (a worker's phone, a CDN in front of the
 * hub): exactly the published feed a kiosk of that location gets, its name, and image sizes.
 */
export async function phoneData(deps: HubDeps, locationId: string) {
  const feed = await publishedStore(deps, locationId);
  const { id, name, municipality, languages } = await deviceStore(deps).location(locationId);
  return {
    feed,
    location: { id, name, municipality, languages },
    mediaSizes: (ids: readonly string[]) => mediaSizes(deps, ids),
    /** Counts from phones at this location: no phone is named. */
    countUsage: (batch: UsageBatch) => ingestUsage(deps, { locationId: id, source: 'phone', kioskId: null }, batch),
    /** A worker's feedback from the phone app at this location: no identifier of phone or person. */
    sendFeedback: (input: PhoneFeedback) => receiveFeedback(deps, { locationId, source: 'phone', kioskId: null }, input),
  };
}

/**
 * Usage statistics a tenant sees: a municipality everything at its own locations; an employer
 * the views of its own items at the locations it is linked to; the national layer the views of
 * its own items everywhere, as totals (no location one by one: they are other tenants' sites).
 */
function usageScope(deps: HubDeps, tenant: TenantRef): UsageScope {
  const { db } = deps;
  const ownItems = sql<boolean>`u.item_id IN (SELECT id FROM items WHERE tenant_id = ${tenant.id})`;
  // Feedback goes to the item's owner wherever it was read; a location filter narrows it to the tenant's own listed locations.
  const feedbackWhere = sql<boolean>`f.tenant_id = ${tenant.id}`;
  switch (tenant.kind) {
    case 'municipality':
      return {
        tenantId: tenant.id,
        where: sql<boolean>`u.location_id IN (SELECT id FROM locations WHERE tenant_id = ${tenant.id})`,
        view: 'site',
        feedbackWhere,
        locations: () => db.selectFrom('locations').select(['id', 'name']).where('tenant_id', '=', tenant.id).orderBy('name').execute(),
      };
    case 'employer':
      return {
        tenantId: tenant.id,
        where: sql<boolean>`${ownItems} AND u.location_id IN (SELECT location_id FROM location_employers WHERE employer_tenant_id = ${tenant.id})`,
        view: 'own-items',
        feedbackWhere,
        locations: () =>
          db
            .selectFrom('locations as l')
            .innerJoin('location_employers as le', 'le.location_id', 'l.id')
            .select(['l.id', 'l.name'])
            .where('le.employer_tenant_id', '=', tenant.id)
            .orderBy('l.name')
            .execute(),
      };
    case 'national':
      return { tenantId: tenant.id, where: ownItems, view: 'own-items', feedbackWhere, locations: async () => [] };
  }
}

/** Who hears the same live notices: the kiosks of one location, the consoles of one tenant. */
export type NoticeGroup = { kind: 'location' | 'tenant'; id: string };

/**
 * Live notices: an admin console hears of its own tenant's changes only, not of a location's
 * settings; a kiosk hears of changes to the layers its location shows, and of its own location's
 * settings only. Decided once per group and change, from the layers kept in memory.
 */
export async function hearsChange(layers: LocationLayers, group: NoticeGroup, e: ChangeEvent): Promise<boolean> {
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

import { randomUUID } from 'node:crypto';
import type { LocationKind } from '../../../shared/categories';
import type { LocationInput, LocationView } from '../../../shared/admin';
import type { LanguageCode } from '../../../shared/languages';
import type { Actor, HubDeps, TenantRef } from '../context-types';
import { forbidden, invalid, notFound } from '../errors';
import { recordAudit } from './audit';
import { writeTransaction } from './change-log';
import { itemIdsOfTenants } from './item-rows';
import { tenantRows } from './scope';
import { anyOf } from '../db/dialect';
import type { Db } from '../db/open';

interface LocationRow {
  id: string;
  tenant_id: string;
  municipality: string;
  name: string;
  kind: LocationKind;
  address: string;
  languages: string | null;
}

const LOCATION_COLUMNS = [
  'locations.id',
  'locations.tenant_id',
  'tenants.name as municipality',
  'locations.name',
  'locations.kind',
  'locations.address',
  'locations.languages',
] as const;

/**
 * Locations seen from one tenant. A municipality manages its own; an employer reads the
 * locations it is linked to; a national tenant has none.
 */
export function locationStore(deps: HubDeps, tenant: TenantRef, actor: Actor) {
  const { db, changes } = deps;
  const own = tenantRows(db, tenant.id);

  async function visibleIds(): Promise<string[]> {
    const rows = await own
      .selectFrom('locations')
      .select('id')
      .union(db.selectFrom('location_employers').select('location_id as id').where('employer_tenant_id', '=', tenant.id))
      .execute();
    return rows.map((r) => r.id);
  }

  async function toView(row: LocationRow): Promise<LocationView> {
    const employers = await db
      .selectFrom('location_employers')
      .innerJoin('tenants', 'tenants.id', 'location_employers.employer_tenant_id')
      .select(['tenants.id', 'tenants.name'])
      .where('location_employers.location_id', '=', row.id)
      .orderBy('tenants.name')
      .execute();
    const hidden = await db.selectFrom('hidden_items').select('item_id').where('location_id', '=', row.id).execute();
    const managed = row.tenant_id === tenant.id;
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      address: row.address,
      languages: row.languages ? (JSON.parse(row.languages) as LanguageCode[]) : null,
      appUrl: `${deps.settings.publicUrl ?? ''}/app/${row.id}`,
      municipality: row.municipality,
      employers,
      // Which national items a municipality hides is its own business, not the employers'.
      hiddenItemIds: managed ? hidden.map((h) => h.item_id) : [],
      managed,
    };
  }

  /** The location if this tenant manages it; a foreign or unknown id is "not found" either way. */
  async function managed(id: string): Promise<LocationRow> {
    const row = await own
      .selectFrom('locations')
      .innerJoin('tenants', 'tenants.id', 'locations.tenant_id')
      .select(LOCATION_COLUMNS)
      .where('locations.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('Location');
    return row as LocationRow;
  }

  function requireMunicipality() {
    if (tenant.kind !== 'municipality') throw forbidden('municipality_only', 'Only a municipality manages locations');
  }

  /** Re-announce every item a configuration change may show or hide at the location. */
  async function announce(trx: Db, locationId: string, itemIds: string[], tenantOf: (id: string) => Promise<string>) {
    const now = deps.now();
    for (const id of itemIds) await changes.append(trx, await tenantOf(id), id, now, locationId);
  }

  return {
    async list(): Promise<LocationView[]> {
      const ids = await visibleIds();
      const rows = (await db
        .selectFrom('locations')
        .innerJoin('tenants', 'tenants.id', 'locations.tenant_id')
        .select(LOCATION_COLUMNS)
        .where(anyOf(db, 'locations.id', ids)).orderBy('locations.name').execute()) as LocationRow[];
      return Promise.all(rows.map(toView));
    },

    /** Whether this tenant may look at the location's merged feed (its own, or one it is linked to). */
    async canRead(id: string): Promise<boolean> {
      return (await visibleIds()).includes(id);
    },

    async create(input: LocationInput): Promise<LocationView> {
      requireMunicipality();
      const id = randomUUID();
      await writeTransaction(deps, async (trx) => {
        await trx
          .insertInto('locations')
          .values({ id, tenant_id: own.tenantId, name: input.name, kind: input.kind, address: input.address, created_at: deps.now().toISOString() })
          .execute();
        await recordAudit(trx, actor, 'location.create', 'location', id, input, deps.now());
      });
      return toView(await managed(id));
    },

    async update(id: string, input: LocationInput): Promise<LocationView> {
      await managed(id);
      await writeTransaction(deps, async (trx) => {
        await tenantRows(trx, tenant.id)
          .updateTable('locations')
          .set({ name: input.name, kind: input.kind, address: input.address })
          .where('id', '=', id)
          .execute();
        await recordAudit(trx, actor, 'location.update', 'location', id, input, deps.now());
      });
      return toView(await managed(id));
    },

    /**
     * The languages the location's kiosks and phone app offer, in order (null: the default). The
     * entry in the location's change log is its live notice: its kiosks pull and re-read the location.
     */
    async setLanguages(id: string, languages: LanguageCode[] | null): Promise<LocationView> {
      await managed(id);
      await writeTransaction(deps, async (trx) => {
        await tenantRows(trx, tenant.id)
          .updateTable('locations')
          .set({ languages: languages && JSON.stringify(languages) })
          .where('id', '=', id)
          .execute();
        await changes.append(trx, tenant.id, id, deps.now(), id);
        await recordAudit(trx, actor, 'location.languages', 'location', id, { languages }, deps.now());
      });
      return toView(await managed(id));
    },

    async setEmployerLink(id: string, employerTenantId: string, linked: boolean): Promise<LocationView> {
      await managed(id);
      const employer = await db.selectFrom('tenants').select('id').where('id', '=', employerTenantId).where('kind', '=', 'employer').executeTakeFirst();
      if (!employer) throw invalid('not_an_employer', 'Not an employer', 'employerTenantId');
      await writeTransaction(deps, async (trx) => {
        const touched = linked
          ? (await trx.insertInto('location_employers').values({ location_id: id, employer_tenant_id: employerTenantId }).onConflict((oc) => oc.doNothing()).executeTakeFirst())
              .numInsertedOrUpdatedRows
          : (await trx.deleteFrom('location_employers').where('location_id', '=', id).where('employer_tenant_id', '=', employerTenantId).executeTakeFirst())
              .numDeletedRows;
        if (touched) await announce(trx, id, await itemIdsOfTenants(trx, [employerTenantId]), async () => employerTenantId);
        await recordAudit(trx, actor, linked ? 'location.link' : 'location.unlink', 'location', id, { employerTenantId }, deps.now());
      });
      return toView(await managed(id));
    },

    /** Hide or show a national item at one of the municipality's locations. */
    async setHidden(id: string, itemId: string, hidden: boolean): Promise<LocationView> {
      await managed(id);
      const national = await db
        .selectFrom('items')
        .innerJoin('tenants', 'tenants.id', 'items.tenant_id')
        .select('items.tenant_id')
        .where('items.id', '=', itemId)
        .where('tenants.kind', '=', 'national')
        .executeTakeFirst();
      if (!national) throw invalid('not_national', 'Only national items can be hidden', 'itemId');
      await writeTransaction(deps, async (trx) => {
        const touched = hidden
          ? (await trx.insertInto('hidden_items').values({ location_id: id, item_id: itemId }).onConflict((oc) => oc.doNothing()).executeTakeFirst()).numInsertedOrUpdatedRows
          : (await trx.deleteFrom('hidden_items').where('location_id', '=', id).where('item_id', '=', itemId).executeTakeFirst()).numDeletedRows;
        if (touched) await announce(trx, id, [itemId], async () => national.tenant_id);
        await recordAudit(trx, actor, hidden ? 'location.hide' : 'location.show', 'location', id, { itemId }, deps.now());
      });
      return toView(await managed(id));
    },

    /** Employer tenants a municipality can link: names only. */
    async employers(): Promise<{ id: string; name: string }[]> {
      requireMunicipality();
      return db.selectFrom('tenants').select(['id', 'name']).where('kind', '=', 'employer').orderBy('name').execute();
    },

    /** Published national items, for choosing what to hide. */
    async nationalItems(): Promise<{ id: string; title: string; category: string }[]> {
      requireMunicipality();
      return db
        .selectFrom('items')
        .innerJoin('tenants', 'tenants.id', 'items.tenant_id')
        .innerJoin('translations', (join) => join.onRef('translations.item_id', '=', 'items.id').onRef('translations.language', '=', 'items.source_language'))
        .select(['items.id', 'items.category', 'translations.title'])
        .where('tenants.kind', '=', 'national')
        .where('items.published', '=', 1)
        .where('items.deleted_at', 'is', null)
        .orderBy('items.category')
        .orderBy('translations.title')
        .execute();
    },
  };
}

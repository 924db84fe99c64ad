import { randomUUID } from 'node:crypto';
import type { LocationKind } from '../../../shared/categories';
import type { LocationInput, LocationView } from '../../../shared/admin';
import type { LanguageCode } from '../../../shared/languages';
import type { Actor, HubDeps, TenantRef } from '../context-types';
import { forbidden, invalid, notFound } from '../errors';
import { recordAudit } from './audit';
import { writeTransaction } from './change-log';
import { itemIdsOfTenants } from './item-rows';

interface LocationRow {
  id: string;
  tenant_id: string;
  municipality: string;
  name: string;
  kind: LocationKind;
  address: string;
  languages: string | null;
}

/**
 * Locations seen from one tenant. A municipality manages its own; an employer reads the
 * locations it is linked to; a national tenant has none.
 */
export function locationStore(deps: HubDeps, tenant: TenantRef, actor: Actor) {
  const { db, changes } = deps;

  const visibleIds = () =>
    (
      db
        .prepare(
          `SELECT id FROM locations WHERE tenant_id = @t
           UNION SELECT location_id FROM location_employers WHERE employer_tenant_id = @t`,
        )
        .all({ t: tenant.id }) as { id: string }[]
    ).map((r) => r.id);

  function toView(row: LocationRow): LocationView {
    const employers = db
      .prepare(
        `SELECT t.id, t.name FROM location_employers le JOIN tenants t ON t.id = le.employer_tenant_id
         WHERE le.location_id = ? ORDER BY t.name`,
      )
      .all(row.id) as { id: string; name: string }[];
    const hidden = db.prepare('SELECT item_id FROM hidden_items WHERE location_id = ?').all(row.id) as { item_id: string }[];
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

  const selectRow = `SELECT l.*, t.name AS municipality FROM locations l JOIN tenants t ON t.id = l.tenant_id`;

  /** The location if this tenant manages it; a foreign or unknown id is "not found" either way. */
  function managed(id: string): LocationRow {
    const row = db.prepare(`${selectRow} WHERE l.id = ? AND l.tenant_id = ?`).get(id, tenant.id) as LocationRow | undefined;
    if (!row) throw notFound('Location');
    return row;
  }

  function requireMunicipality() {
    if (tenant.kind !== 'municipality') throw forbidden('municipality_only', 'Only a municipality manages locations');
  }

  /** Re-announce every item a configuration change may show or hide at the location. */
  function announce(locationId: string, itemIds: string[], tenantOf: (id: string) => string) {
    const now = deps.now();
    for (const id of itemIds) changes.append(tenantOf(id), id, now, locationId);
  }

  const tenantOfItem = (id: string) =>
    (db.prepare('SELECT tenant_id FROM items WHERE id = ?').get(id) as { tenant_id: string }).tenant_id;

  return {
    list(): LocationView[] {
      const ids = visibleIds();
      const rows = db.prepare(`${selectRow} WHERE l.id IN (SELECT value FROM json_each(?)) ORDER BY l.name`).all(JSON.stringify(ids)) as LocationRow[];
      return rows.map(toView);
    },

    /** Whether this tenant may look at the location's merged feed (its own, or one it is linked to). */
    canRead(id: string): boolean {
      return visibleIds().includes(id);
    },

    create(input: LocationInput): LocationView {
      requireMunicipality();
      const id = randomUUID();
      writeTransaction(db, changes, () => {
        db.prepare(
          'INSERT INTO locations (id, tenant_id, name, kind, address, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(id, tenant.id, input.name, input.kind, input.address, deps.now().toISOString());
        recordAudit(db, actor, 'location.create', 'location', id, input, deps.now());
      });
      return toView(managed(id));
    },

    update(id: string, input: LocationInput): LocationView {
      managed(id);
      writeTransaction(db, changes, () => {
        db.prepare('UPDATE locations SET name = ?, kind = ?, address = ? WHERE id = ? AND tenant_id = ?').run(input.name, input.kind, input.address, id, tenant.id);
        recordAudit(db, actor, 'location.update', 'location', id, input, deps.now());
      });
      return toView(managed(id));
    },

    /**
     * The languages the location's kiosks and phone app offer, in order (null: the default). The
     * entry in the location's change log is its live notice: its kiosks pull and re-read the location.
     */
    setLanguages(id: string, languages: LanguageCode[] | null): LocationView {
      managed(id);
      writeTransaction(db, changes, () => {
        db.prepare('UPDATE locations SET languages = ? WHERE id = ? AND tenant_id = ?').run(languages && JSON.stringify(languages), id, tenant.id);
        changes.append(tenant.id, id, deps.now(), id);
        recordAudit(db, actor, 'location.languages', 'location', id, { languages }, deps.now());
      });
      return toView(managed(id));
    },

    setEmployerLink(id: string, employerTenantId: string, linked: boolean): LocationView {
      managed(id);
      const employer = db.prepare("SELECT id FROM tenants WHERE id = ? AND kind = 'employer'").get(employerTenantId);
      if (!employer) throw invalid('not_an_employer', 'Not an employer', 'employerTenantId');
      writeTransaction(db, changes, () => {
        const statement = linked
          ? 'INSERT OR IGNORE INTO location_employers (location_id, employer_tenant_id) VALUES (?, ?)'
          : 'DELETE FROM location_employers WHERE location_id = ? AND employer_tenant_id = ?';
        const { changes: touched } = db.prepare(statement).run(id, employerTenantId);
        if (touched) announce(id, itemIdsOfTenants(db, [employerTenantId]), () => employerTenantId);
        recordAudit(db, actor, linked ? 'location.link' : 'location.unlink', 'location', id, { employerTenantId }, deps.now());
      });
      return toView(managed(id));
    },

    /** Hide or show a national item at one of the municipality's locations. */
    setHidden(id: string, itemId: string, hidden: boolean): LocationView {
      managed(id);
      const national = db
        .prepare("SELECT 1 FROM items i JOIN tenants t ON t.id = i.tenant_id WHERE i.id = ? AND t.kind = 'national'")
        .get(itemId);
      if (!national) throw invalid('not_national', 'Only national items can be hidden', 'itemId');
      writeTransaction(db, changes, () => {
        const statement = hidden
          ? 'INSERT OR IGNORE INTO hidden_items (location_id, item_id) VALUES (?, ?)'
          : 'DELETE FROM hidden_items WHERE location_id = ? AND item_id = ?';
        if (db.prepare(statement).run(id, itemId).changes) announce(id, [itemId], tenantOfItem);
        recordAudit(db, actor, hidden ? 'location.hide' : 'location.show', 'location', id, { itemId }, deps.now());
      });
      return toView(managed(id));
    },

    /** Employer tenants a municipality can link: names only. */
    employers(): { id: string; name: string }[] {
      requireMunicipality();
      return db.prepare("SELECT id, name FROM tenants WHERE kind = 'employer' ORDER BY name").all() as { id: string; name: string }[];
    },

    /** Published national items, for choosing what to hide. */
    nationalItems(): { id: string; title: string; category: string }[] {
      requireMunicipality();
      return db
        .prepare(
          `SELECT i.id, i.category, tr.title FROM items i JOIN tenants t ON t.id = i.tenant_id
           JOIN translations tr ON tr.item_id = i.id AND tr.language = i.source_language
           WHERE t.kind = 'national' AND i.published = 1 AND i.deleted_at IS NULL ORDER BY i.category, tr.title`,
        )
        .all() as { id: string; title: string; category: string }[];
    },

    /** Internal: for the kiosk store, which location rows this tenant manages. */
    assertManaged: (id: string) => void managed(id),
  };
}

import type { HubDeps } from '../context-types';
import type { Db } from '../db/open';
import type { ChangeEvent } from './change-log';
import { perHub } from './per-hub';

/** The tenants whose layers a location shows: every national tenant, its municipality, its linked employers. */
async function locationLayers(db: Db, locationId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('tenants')
    .select('id')
    .where('kind', '=', 'national')
    .union(db.selectFrom('locations').select('tenant_id as id').where('id', '=', locationId))
    .union(db.selectFrom('location_employers').select('employer_tenant_id as id').where('location_id', '=', locationId))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Which layers each location shows, kept in memory and corrected by the change log: linking or
 * unlinking appends an entry for the location, and a national tenant's first change tells every
 * location it has a new layer. Live notices and feed caches ask this once per location per change,
 * never the database once per subscriber.
 */
export class LocationLayers {
  private readonly byLocation = new Map<string, Promise<ReadonlySet<string>>>();
  private readonly nationals = new Set<string>();

  constructor(private readonly db: Db) {}

  of(locationId: string): Promise<ReadonlySet<string>> {
    let layers = this.byLocation.get(locationId);
    if (!layers) {
      this.byLocation.set(locationId, (layers = locationLayers(this.db, locationId)));
      layers.catch(() => this.byLocation.delete(locationId));
    }
    return layers;
  }

  /** Whether a change reaches this location: its own settings, or an item of a layer it shows. */
  async reaches(locationId: string, e: ChangeEvent): Promise<boolean> {
    return e.locationId !== null ? e.locationId === locationId : (await this.of(locationId)).has(e.tenantId);
  }

  /** Keeps the layers right; runs for every committed change before anyone reads after it. */
  changed(e: ChangeEvent): void {
    if (e.locationId !== null) {
      this.byLocation.delete(e.locationId);
      return;
    }
    // A national tenant this hub has not seen change yet may be new: every location shows it.
    if (e.national && !this.nationals.has(e.tenantId)) {
      this.nationals.add(e.tenantId);
      this.byLocation.clear();
    }
  }
}

/** The hub's one LocationLayers, listening to its change log. */
export const locationLayersOf = perHub((deps: Pick<HubDeps, 'reads' | 'changes'>) => {
  const layers = new LocationLayers(deps.reads);
  deps.changes.onChange((e) => layers.changed(e));
  return layers;
});

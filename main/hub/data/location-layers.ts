import type { HubDeps } from '../context-types';
import type { Db } from '../db/open';
import type { ChangeEvent } from './change-log';

/** The tenants whose layers a location shows: every national tenant, its municipality, its linked employers. */
function locationLayers(db: Db, locationId: string): string[] {
  return (
    db
      .prepare(
        `SELECT id FROM tenants WHERE kind = 'national'
         UNION SELECT tenant_id FROM locations WHERE id = @loc
         UNION SELECT employer_tenant_id FROM location_employers WHERE location_id = @loc`,
      )
      .all({ loc: locationId }) as { id: string }[]
  ).map((r) => r.id);
}

/**
 * Which layers each location shows, kept in memory and corrected by the change log: linking or
 * unlinking appends an entry for the location, and a national tenant's first change tells every
 * location it has a new layer. Live notices and feed caches ask this once per location per change,
 * never the database once per subscriber.
 */
export class LocationLayers {
  private readonly byLocation = new Map<string, Set<string>>();
  private readonly nationals = new Set<string>();
  private readonly others = new Set<string>();
  private readonly kindOf;

  constructor(private readonly db: Db) {
    this.kindOf = db.prepare('SELECT kind FROM tenants WHERE id = ?').pluck();
  }

  of(locationId: string): ReadonlySet<string> {
    let layers = this.byLocation.get(locationId);
    if (!layers) this.byLocation.set(locationId, (layers = new Set(locationLayers(this.db, locationId))));
    return layers;
  }

  /** Whether a change reaches this location: its own settings, or an item of a layer it shows. */
  reaches(locationId: string, e: ChangeEvent): boolean {
    return e.locationId !== null ? e.locationId === locationId : this.of(locationId).has(e.tenantId);
  }

  /** Keeps the layers right; runs for every committed change before anyone reads after it. */
  changed(e: ChangeEvent): void {
    if (e.locationId !== null) {
      this.byLocation.delete(e.locationId);
      return;
    }
    if (this.nationals.has(e.tenantId) || this.others.has(e.tenantId)) return;
    if (this.kindOf.get(e.tenantId) === 'national') {
      this.nationals.add(e.tenantId);
      // A national tenant this hub has not seen change yet may be new: every location shows it.
      if ([...this.byLocation.values()].some((layers) => !layers.has(e.tenantId))) this.byLocation.clear();
    } else {
      this.others.add(e.tenantId);
    }
  }
}

const perHub = new WeakMap<HubDeps['changes'], LocationLayers>();

/** The hub's one LocationLayers, listening to its change log. */
export function locationLayersOf(deps: Pick<HubDeps, 'db' | 'changes'>): LocationLayers {
  let layers = perHub.get(deps.changes);
  if (!layers) {
    const created = new LocationLayers(deps.db);
    deps.changes.onChange((e) => created.changed(e));
    perHub.set(deps.changes, (layers = created));
  }
  return layers;
}

import type { TenantKind } from '../shared/categories';
import type { Actor, HubDeps, TenantRef } from '../main/hub/context-types';
import { operatorStore, userStore } from '../main/hub/data/user-store';
import { locationStore } from '../main/hub/data/location-store';
import { kioskStore } from '../main/hub/data/kiosk-store';

export const PASSWORD = 'bench password 1234';
/** Cheap scrypt for the setup users; no measured request hashes a password. */
export const BENCH_HASH_COST = { N: 1024, r: 8, p: 1 };

export interface Layer {
  tenant: TenantRef;
  editor: Actor & { email: string };
}

export interface BenchWorld {
  /** National, municipality, employer: the three layers the location shows. */
  layers: Layer[];
  locationId: string;
  pairingCode: string;
  /** The municipality and its admin, who can add kiosks to the location. */
  town: { tenant: TenantRef; admin: Actor };
}

/** A national layer, a municipality with one housing site, and an employer linked to it; set up through the stores. */
export async function buildWorld(deps: HubDeps): Promise<BenchWorld> {
  const operators = operatorStore(deps, { id: null, name: 'bench', tenantId: null });

  async function layer(kind: TenantKind, name: string): Promise<Layer & { admin: Actor }> {
    const tenant = await operators.createTenant(kind, name);
    const admin = await operators.createTenantAdmin({ tenantId: tenant.id, email: `admin@${kind}.example`, name: `Admin ${name}`, password: PASSWORD });
    const adminActor = { id: admin.id, name: admin.name, tenantId: tenant.id };
    const users = userStore(deps, tenant, adminActor);
    const editor = await users.create({ email: `editor@${kind}.example`, name: `Editor ${name}`, role: 'editor', password: PASSWORD });
    return { tenant, admin: adminActor, editor: { id: editor.id, name: editor.name, tenantId: tenant.id, email: editor.email } };
  }

  const national = await layer('national', 'Work in NL');
  const town = await layer('municipality', 'Gemeente Waalwijk');
  const employer = await layer('employer', 'Flex Uitzendbureau');

  const locations = locationStore(deps, town.tenant, town.admin);
  const location = await locations.create({ name: 'Huisvesting De Els', kind: 'housing_site', address: '' });
  await locations.setEmployerLink(location.id, employer.tenant.id, true);
  const { pairing } = await kioskStore(deps, town.tenant, town.admin).create(location.id, 'Bench kiosk');

  return { layers: [national, town, employer], locationId: location.id, pairingCode: pairing.code, town: { tenant: town.tenant, admin: town.admin } };
}

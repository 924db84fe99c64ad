import { randomUUID } from 'node:crypto';
import { itemFieldsSchema, type ItemFields } from '../../../shared/content';
import type { LanguageCode } from '../../../shared/languages';
import type { Role, TenantKind } from '../../../shared/categories';
import type { MutationInput } from '../../../shared/sync';
import { mutationSchema } from '../../../shared/sync';
import type { HubDeps, TenantRef } from '../context-types';
import { contentStore } from '../data/content-store';
import { locationStore } from '../data/location-store';
import { createOperator, operatorStore, userStore } from '../data/user-store';
import { kioskStore } from '../data/kiosk-store';
import type { DemoItem, DemoLayer } from './demo-types';
import { NATIONAL_ITEMS } from './demo-content-national';
import { MUNICIPALITY_ITEMS } from './demo-content-municipality';
import { EMPLOYER_ITEMS } from './demo-content-employers';

export const DEMO_PASSWORD = 'wegwijs-demo';

export const DEMO_TENANTS: Record<DemoLayer, { kind: TenantKind; name: string; domain: string; roles: Role[] }> = {
  national: { kind: 'national', name: 'Wegwijs Nederland', domain: 'nationaal.example', roles: ['admin', 'editor', 'translator'] },
  municipality: { kind: 'municipality', name: 'Gemeente Waalhaven', domain: 'waalhaven.example', roles: ['admin', 'editor', 'translator', 'viewer'] },
  flexwerk: { kind: 'employer', name: 'FlexWerk Uitzendbureau', domain: 'flexwerk.example', roles: ['admin', 'editor', 'translator', 'viewer'] },
  lageweide: { kind: 'employer', name: 'De Lage Weide Huisvesting', domain: 'lageweide.example', roles: ['admin', 'editor'] },
};

export const DEMO_ITEMS: readonly DemoItem[] = [...NATIONAL_ITEMS, ...MUNICIPALITY_ITEMS, ...EMPLOYER_ITEMS];

/** The e-mail address of a demo account: role@domain, e.g. editor@waalhaven.example. */
export const demoEmail = (layer: DemoLayer, role: Role) => `${role}@${DEMO_TENANTS[layer].domain}`;
export const DEMO_OPERATOR_EMAIL = 'operator@wegwijs.example';

const DAY = 24 * 60 * 60_000;

function demoMutations(item: DemoItem, itemId: string, now: Date): MutationInput[] {
  const source = item.texts[item.sourceLanguage];
  if (!source) throw new Error(`Demo item ${item.key} has no ${item.sourceLanguage} text`);
  const fields: ItemFields = itemFieldsSchema.parse({
    category: item.category,
    kind: item.kind,
    sourceLanguage: item.sourceLanguage,
    published: item.published ?? true,
    pinned: item.pinned ?? false,
    priority: item.priority ?? 0,
    validFrom: item.validFromDays !== undefined ? new Date(now.getTime() + item.validFromDays * DAY).toISOString() : null,
    validUntil: item.validUntilDays !== undefined ? new Date(now.getTime() + item.validUntilDays * DAY).toISOString() : null,
    contact: item.contact ?? null,
    links: item.links ?? [],
  });
  const translations: Record<string, { title: string; summary?: string; body?: string; status: 'draft' | 'current' | 'outdated' }> = {};
  for (const [language, text] of Object.entries(item.texts) as [LanguageCode, NonNullable<DemoItem['texts'][LanguageCode]>][]) {
    if (language === item.sourceLanguage) continue;
    const status = item.draft?.includes(language) ? 'draft' : item.outdated?.includes(language) ? 'outdated' : 'current';
    translations[language] = { ...text, status };
  }
  const mutations: MutationInput[] = [
    { mutationId: randomUUID(), type: 'item.create', itemId, fields, source: { summary: '', body: '', ...source } },
  ];
  if (Object.keys(translations).length) {
    mutations.push({ mutationId: randomUUID(), type: 'item.update', itemId, baseRevision: 1, translations });
  }
  return mutations;
}

/**
 * Loads the Waalhaven scenario into an empty hub: four organisations with their accounts,
 * a town hall and two housing sites, about forty items, one kiosk waiting to be paired.
 * Returns null and changes nothing when the hub already has tenants.
 */
export async function seedDemo(deps: HubDeps): Promise<{ items: number; accounts: number } | null> {
  if (await deps.db.selectFrom('tenants').select('id').limit(1).executeTakeFirst()) return null;
  const now = deps.now();
  const system = { id: null, name: 'demo data', tenantId: null };
  await createOperator(deps, { email: DEMO_OPERATOR_EMAIL, name: 'Platform operator', password: DEMO_PASSWORD });
  let accounts = 1;

  const tenants = {} as Record<DemoLayer, TenantRef>;
  const operators = operatorStore(deps, system);
  for (const [layer, spec] of Object.entries(DEMO_TENANTS) as [DemoLayer, (typeof DEMO_TENANTS)[DemoLayer]][]) {
    const tenant = await operators.createTenant(spec.kind, spec.name);
    tenants[layer] = tenant;
    const admin = await operators.createTenantAdmin({ tenantId: tenant.id, email: demoEmail(layer, 'admin'), name: `Admin ${spec.name}`, password: DEMO_PASSWORD });
    accounts++;
    const actor = { id: admin.id, name: admin.name, tenantId: tenant.id };
    const users = userStore(deps, tenant, actor);
    for (const role of spec.roles.filter((r) => r !== 'admin')) {
      await users.create({ email: demoEmail(layer, role), name: `${role[0]!.toUpperCase()}${role.slice(1)} ${spec.name}`, role, password: DEMO_PASSWORD });
      accounts++;
    }
  }

  const itemIds = new Map<string, string>();
  for (const item of DEMO_ITEMS) {
    const tenant = tenants[item.layer];
    const store = contentStore(deps, { tenant, actor: { id: null, name: 'demo data', tenantId: tenant.id }, role: 'admin' });
    const itemId = randomUUID();
    itemIds.set(item.key, itemId);
    const { results } = await store.push(demoMutations(item, itemId, now).map((m) => mutationSchema.parse(m)));
    const failed = results.find((r) => r.status !== 'applied');
    if (failed) throw new Error(`Demo item ${item.key} was not stored: ${JSON.stringify(failed)}`);
  }

  const municipalityActor = { id: null, name: 'demo data', tenantId: tenants.municipality.id };
  const locations = locationStore(deps, tenants.municipality, municipalityActor);
  const townHall = await locations.create({ name: 'Stadhuis Waalhaven', kind: 'town_hall', address: 'Raadhuisplein 1, 5141 EP Waalhaven' });
  const lageWeide = await locations.create({ name: 'Huisvesting De Lage Weide', kind: 'housing_site', address: 'Lage Weide 12, 5145 RK Waalhaven' });
  const havenpark = await locations.create({ name: 'Logistiek park Havenkwartier', kind: 'housing_site', address: 'Havenweg 40, 5145 PN Waalhaven' });
  await locations.setEmployerLink(lageWeide.id, tenants.lageweide.id, true);
  await locations.setEmployerLink(lageWeide.id, tenants.flexwerk.id, true);
  await locations.setEmployerLink(havenpark.id, tenants.flexwerk.id, true);
  // The town hall has its own desk, so it hides the national page that points elsewhere.
  const hide = NATIONAL_ITEMS.find((i) => i.category === 'rules' && i.key.includes('rni'));
  if (hide) await locations.setHidden(townHall.id, itemIds.get(hide.key)!, true);

  await kioskStore(deps, tenants.municipality, municipalityActor).create(townHall.id, 'Kiosk hal stadhuis');
  return { items: DEMO_ITEMS.length, accounts };
}

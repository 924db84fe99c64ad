import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role, TenantKind } from '../../shared/categories';
import { startHub, type Hub, type HubOptions } from '../../main/hub/server';
import { createOperator, operatorStore, userStore } from '../../main/hub/data/user-store';
import { locationStore } from '../../main/hub/data/location-store';
import { kioskStore } from '../../main/hub/data/kiosk-store';
import type { TenantRef } from '../../main/hub/context-types';
import { hubClient, type HubClient } from '../../main/core/hub-client';
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from './test-database';

export const PASSWORD = 'correct horse battery';
/** Cheap scrypt for tests; production uses DEFAULT_COST. */
export const TEST_HASH_COST = { N: 1024, r: 8, p: 1 };

export { hubClient, type HubClient };

export interface TestHub {
  hub: Hub;
  dataDir: string;
  /** The PostgreSQL database this hub runs on, or null on SQLite. */
  database: TestDatabase | null;
  client(token?: string | null): HubClient;
  login(email: string, password?: string): Promise<string>;
  /** Stops the hub, runs `whileStopped` (e.g. a restore), starts it again on the same data folder and port. */
  restart(whileStopped?: () => void): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A hub on a temporary data folder: on SQLite, or, when WEGWIJS_TEST_DATABASE_URL names a
 * PostgreSQL server, on a fresh database of its own there (dropped by `stop`). `options.database`
 * chooses one explicitly (e.g. a second instance on the same PostgreSQL database).
 */
export async function startTestHub(options: Partial<HubOptions> = {}, dataDir?: string): Promise<TestHub> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'wegwijs-hub-'));
  const database = options.database === undefined && TEST_DATABASE_URL ? await createTestDatabase(TEST_DATABASE_URL) : null;
  const open = (port?: number) =>
    startHub({ dataDir: dir, database: database?.url, settings: { hashCost: TEST_HASH_COST }, ...options, ...(port === undefined ? {} : { port }) });
  const t: TestHub = {
    hub: await open(),
    dataDir: dir,
    database,
    client: (token) => hubClient(t.hub.url, token),
    async login(email, password = PASSWORD) {
      return (await t.client().auth.login.mutate({ email, password })).token;
    },
    async restart(whileStopped) {
      const port = t.hub.port;
      await t.hub.close();
      whileStopped?.();
      // Client and hub share this process: give the client's pool a turn to see its sockets closed,
      // as it would long before a real hub came back.
      await new Promise((resolve) => setTimeout(resolve, 50));
      t.hub = await open(port);
    },
    async stop() {
      await t.hub.close();
      await database?.drop();
      if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

export const ALL_ROLES: Role[] = ['admin', 'editor', 'translator', 'viewer'];

export interface WorldTenant {
  tenant: TenantRef;
  emails: Record<Role, string>;
}

/**
 * Two municipalities, a national layer and two employers (one linked to municipality A's
 * housing site, one linked nowhere), every role in each, a location per municipality and
 * an unpaired kiosk at each location.
 */
export async function buildWorld(t: TestHub) {
  const deps = t.hub.deps;
  const system = { id: null, name: 'test', tenantId: null };
  await createOperator(deps, { email: 'operator@test.example', name: 'Operator', password: PASSWORD });
  const operators = operatorStore(deps, system);
  const make = async (key: string, kind: TenantKind): Promise<WorldTenant> => {
    const tenant = await operators.createTenant(kind, `Tenant ${key}`);
    const admin = await operators.createTenantAdmin({ tenantId: tenant.id, email: `admin@${key}.example`, name: `Admin ${key}`, password: PASSWORD });
    const users = userStore(deps, tenant, { id: admin.id, name: admin.name, tenantId: tenant.id });
    const emails = { admin: admin.email } as Record<Role, string>;
    for (const role of ALL_ROLES.filter((r) => r !== 'admin')) {
      emails[role] = (await users.create({ email: `${role}@${key}.example`, name: `${role} ${key}`, role, password: PASSWORD })).email;
    }
    return { tenant, emails };
  };
  const national = await make('national', 'national');
  const townA = await make('town-a', 'municipality');
  const townB = await make('town-b', 'municipality');
  const employerA = await make('employer-a', 'employer');
  const employerB = await make('employer-b', 'employer');

  const locA = await locationStore(deps, townA.tenant, { ...system, tenantId: townA.tenant.id }).create({
    name: 'Housing site A',
    kind: 'housing_site',
    address: '',
  });
  await locationStore(deps, townA.tenant, { ...system, tenantId: townA.tenant.id }).setEmployerLink(locA.id, employerA.tenant.id, true);
  const locB = await locationStore(deps, townB.tenant, { ...system, tenantId: townB.tenant.id }).create({
    name: 'Town hall B',
    kind: 'town_hall',
    address: '',
  });
  const kioskA = await kioskStore(deps, townA.tenant, { ...system, tenantId: townA.tenant.id }).create(locA.id, 'Kiosk A');
  const kioskB = await kioskStore(deps, townB.tenant, { ...system, tenantId: townB.tenant.id }).create(locB.id, 'Kiosk B');
  return { national, townA, townB, employerA, employerB, locA, locB, kioskA, kioskB, operatorEmail: 'operator@test.example' };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;

/** Pairs a kiosk over HTTP and returns its device token. */
export async function pairKiosk(t: TestHub, code: string): Promise<string> {
  return (await t.client().device.pair.mutate({ code })).deviceToken;
}

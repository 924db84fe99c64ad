import { randomUUID } from 'node:crypto';
import type { TenantView, UserView } from '../../../shared/admin';
import type { Role, TenantKind } from '../../../shared/categories';
import type { Actor, HubDeps, TenantRef } from '../context-types';
import { hashPassword } from '../auth/password';
import { HubError, invalid, notFound } from '../errors';
import { recordAudit } from './audit';
import { writeTransaction } from './change-log';
import { tenantRows } from './scope';
import type { Db } from '../db/open';
import { isUniqueViolation, transaction } from '../db/dialect';
import { principalCacheOf } from '../auth/principal-cache';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: number;
  created_at: string;
}
const toView = (r: UserRow): UserView => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  active: r.active === 1,
  createdAt: r.created_at,
});

const USER_COLUMNS = ['id', 'email', 'name', 'role', 'active', 'created_at'] as const;

async function insertUser(deps: HubDeps, trx: Db, tenantId: string | null, input: { email: string; name: string; role: Role | 'operator' }, passwordHash: string) {
  const id = randomUUID();
  try {
    await trx
      .insertInto('users')
      .values({ id, tenant_id: tenantId, email: input.email, name: input.name, role: input.role, password_hash: passwordHash, created_at: deps.now().toISOString() })
      .execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw invalid('email_taken', 'This e-mail address already has an account', 'email');
    throw err;
  }
  return id;
}

/** The users of one tenant, managed by that tenant's admins. */
export function userStore(deps: HubDeps, tenant: TenantRef, actor: Actor) {
  const { db } = deps;
  const users = tenantRows(db, tenant.id);
  const own = async (id: string) => {
    const row = (await users.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst()) as UserRow | undefined;
    if (!row) throw notFound('User');
    return row;
  };
  const activeAdmins = async () =>
    Number((await users.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'admin').where('active', '=', 1).executeTakeFirstOrThrow()).n);

  return {
    async list(): Promise<UserView[]> {
      return ((await users.selectFrom('users').select(USER_COLUMNS).orderBy('name').execute()) as UserRow[]).map(toView);
    },

    async create(input: { email: string; name: string; role: Role; password: string }): Promise<UserView> {
      const hash = await hashPassword(input.password, deps.settings.hashCost);
      const id = await writeTransaction(deps, async (trx) => {
        const id = await insertUser(deps, trx, tenant.id, input, hash);
        await recordAudit(trx, actor, 'user.create', 'user', id, { email: input.email, role: input.role }, deps.now());
        return id;
      });
      return toView(await own(id));
    },

    async setRole(id: string, role: Role): Promise<UserView> {
      const user = await own(id);
      if (user.role === 'admin' && role !== 'admin' && (await activeAdmins()) <= 1) {
        throw new HubError('invalid', 'last_admin', 'A tenant needs at least one active admin', 'role');
      }
      await writeTransaction(deps, async (trx) => {
        await tenantRows(trx, tenant.id).updateTable('users').set({ role }).where('id', '=', id).execute();
        await recordAudit(trx, actor, 'user.role', 'user', id, { from: user.role, to: role }, deps.now());
      });
      principalCacheOf(deps).forget();
      return toView(await own(id));
    },

    /** Deactivating signs the user out everywhere at once. */
    async setActive(id: string, active: boolean): Promise<UserView> {
      const user = await own(id);
      if (!active && id === actor.id) throw invalid('not_yourself', 'You cannot deactivate yourself', 'userId');
      if (!active && user.role === 'admin' && (await activeAdmins()) <= 1) throw invalid('last_admin', 'A tenant needs at least one active admin', 'userId');
      await writeTransaction(deps, async (trx) => {
        await tenantRows(trx, tenant.id).updateTable('users').set({ active: active ? 1 : 0 }).where('id', '=', id).execute();
        if (!active) await trx.updateTable('sessions').set({ revoked_at: deps.now().toISOString() }).where('user_id', '=', id).where('revoked_at', 'is', null).execute();
        await recordAudit(trx, actor, active ? 'user.activate' : 'user.deactivate', 'user', id, null, deps.now());
      });
      principalCacheOf(deps).forget();
      return toView(await own(id));
    },
  };
}

/** Platform operators create tenants and their first admin; they read no tenant's content. */
export function operatorStore(deps: HubDeps, actor: Actor) {
  const { db } = deps;
  return {
    async listTenants(): Promise<TenantView[]> {
      return (await db.selectFrom('tenants').select(['id', 'kind', 'name']).orderBy('kind').orderBy('name').execute()) as TenantView[];
    },

    async createTenant(kind: TenantKind, name: string): Promise<TenantView> {
      // A national tenant's published content reaches every kiosk in the country. An operator may
      // create one only on a hub started with --allow-national-tenant; the hub's own set-up
      // (demo data, scripts; no signed-in actor) may always.
      if (kind === 'national' && actor.id !== null && !deps.settings.allowNationalTenant) {
        throw new HubError(
          'forbidden',
          'national_tenant_not_allowed',
          'A national organisation reaches every kiosk: start the hub with --allow-national-tenant to create one',
          'kind',
        );
      }
      const id = randomUUID();
      await writeTransaction(deps, async (trx) => {
        await trx.insertInto('tenants').values({ id, kind, name, created_at: deps.now().toISOString() }).execute();
        await recordAudit(trx, { ...actor, tenantId: id }, 'tenant.create', 'tenant', id, { kind, name }, deps.now());
      });
      return { id, kind, name };
    },

    async createTenantAdmin(input: { tenantId: string; email: string; name: string; password: string }): Promise<UserView> {
      if (!(await db.selectFrom('tenants').select('id').where('id', '=', input.tenantId).executeTakeFirst())) throw notFound('Tenant');
      // Only the first admin: an operator must not be able to plant an account in a running tenant.
      if (await tenantRows(db, input.tenantId).selectFrom('users').select('id').where('role', '=', 'admin').executeTakeFirst()) {
        throw new HubError('forbidden', 'tenant_has_admin', 'This organisation already has an admin; its own admins manage its users', 'tenantId');
      }
      const hash = await hashPassword(input.password, deps.settings.hashCost);
      const id = await writeTransaction(deps, async (trx) => {
        const id = await insertUser(deps, trx, input.tenantId, { ...input, role: 'admin' }, hash);
        await recordAudit(trx, { ...actor, tenantId: input.tenantId }, 'user.create', 'user', id, { email: input.email, role: 'admin' }, deps.now());
        return id;
      });
      return toView((await db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirstOrThrow()) as UserRow);
    },
  };
}

/** For the command line and demo data: an operator account, which no procedure can create. */
export async function createOperator(deps: HubDeps, input: { email: string; name: string; password: string }): Promise<string> {
  const hash = await hashPassword(input.password, deps.settings.hashCost);
  return transaction(deps.db, (trx) => insertUser(deps, trx, null, { ...input, role: 'operator' }, hash));
}

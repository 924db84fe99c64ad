import { randomUUID } from 'node:crypto';
import type { TenantView, UserView } from '../../../shared/admin';
import type { Role, TenantKind } from '../../../shared/categories';
import type { Actor, HubDeps, TenantRef } from '../context-types';
import { hashPassword } from '../auth/password';
import { HubError, invalid, notFound } from '../errors';
import { recordAudit } from './audit';
import { writeTransaction } from './change-log';

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

function insertUser(deps: HubDeps, tenantId: string | null, input: { email: string; name: string; role: Role | 'operator' }, passwordHash: string) {
  const id = randomUUID();
  try {
    deps.db
      .prepare('INSERT INTO users (id, tenant_id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, tenantId, input.email, input.name, input.role, passwordHash, deps.now().toISOString());
  } catch (err) {
    if (String(err).includes('UNIQUE')) throw invalid('email_taken', 'This e-mail address already has an account', 'email');
    throw err;
  }
  return id;
}

/** The users of one tenant, managed by that tenant's admins. */
export function userStore(deps: HubDeps, tenant: TenantRef, actor: Actor) {
  const { db, changes } = deps;
  const own = (id: string) => {
    const row = db.prepare('SELECT * FROM users WHERE id = ? AND tenant_id = ?').get(id, tenant.id) as UserRow | undefined;
    if (!row) throw notFound('User');
    return row;
  };
  const activeAdmins = () =>
    (db.prepare("SELECT COUNT(*) AS n FROM users WHERE tenant_id = ? AND role = 'admin' AND active = 1").get(tenant.id) as { n: number }).n;

  return {
    list(): UserView[] {
      return (db.prepare('SELECT * FROM users WHERE tenant_id = ? ORDER BY name').all(tenant.id) as UserRow[]).map(toView);
    },

    async create(input: { email: string; name: string; role: Role; password: string }): Promise<UserView> {
      const hash = await hashPassword(input.password, deps.settings.hashCost);
      const id = writeTransaction(db, changes, () => {
        const id = insertUser(deps, tenant.id, input, hash);
        recordAudit(db, actor, 'user.create', 'user', id, { email: input.email, role: input.role }, deps.now());
        return id;
      });
      return toView(own(id));
    },

    setRole(id: string, role: Role): UserView {
      const user = own(id);
      if (user.role === 'admin' && role !== 'admin' && activeAdmins() <= 1) {
        throw new HubError('invalid', 'last_admin', 'A tenant needs at least one active admin', 'role');
      }
      writeTransaction(db, changes, () => {
        db.prepare('UPDATE users SET role = ? WHERE id = ? AND tenant_id = ?').run(role, id, tenant.id);
        recordAudit(db, actor, 'user.role', 'user', id, { from: user.role, to: role }, deps.now());
      });
      return toView(own(id));
    },

    /** Deactivating signs the user out everywhere at once. */
    setActive(id: string, active: boolean): UserView {
      const user = own(id);
      if (!active && id === actor.id) throw invalid('not_yourself', 'You cannot deactivate yourself', 'userId');
      if (!active && user.role === 'admin' && activeAdmins() <= 1) throw invalid('last_admin', 'A tenant needs at least one active admin', 'userId');
      writeTransaction(db, changes, () => {
        db.prepare('UPDATE users SET active = ? WHERE id = ? AND tenant_id = ?').run(active ? 1 : 0, id, tenant.id);
        if (!active) db.prepare('UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL').run(deps.now().toISOString(), id);
        recordAudit(db, actor, active ? 'user.activate' : 'user.deactivate', 'user', id, null, deps.now());
      });
      return toView(own(id));
    },
  };
}

/** Platform operators create tenants and their first admin; they read no tenant's content. */
export function operatorStore(deps: HubDeps, actor: Actor) {
  const { db, changes } = deps;
  return {
    listTenants(): TenantView[] {
      return db.prepare('SELECT id, kind, name FROM tenants ORDER BY kind, name').all() as TenantView[];
    },

    createTenant(kind: TenantKind, name: string): TenantView {
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
      writeTransaction(db, changes, () => {
        db.prepare('INSERT INTO tenants (id, kind, name, created_at) VALUES (?, ?, ?, ?)').run(id, kind, name, deps.now().toISOString());
        recordAudit(db, { ...actor, tenantId: id }, 'tenant.create', 'tenant', id, { kind, name }, deps.now());
      });
      return { id, kind, name };
    },

    async createTenantAdmin(input: { tenantId: string; email: string; name: string; password: string }): Promise<UserView> {
      if (!db.prepare('SELECT 1 FROM tenants WHERE id = ?').get(input.tenantId)) throw notFound('Tenant');
      // Only the first admin: an operator must not be able to plant an account in a running tenant.
      if (db.prepare("SELECT 1 FROM users WHERE tenant_id = ? AND role = 'admin'").get(input.tenantId)) {
        throw new HubError('forbidden', 'tenant_has_admin', 'This organisation already has an admin; its own admins manage its users', 'tenantId');
      }
      const hash = await hashPassword(input.password, deps.settings.hashCost);
      const id = writeTransaction(db, changes, () => {
        const id = insertUser(deps, input.tenantId, { ...input, role: 'admin' }, hash);
        recordAudit(db, { ...actor, tenantId: input.tenantId }, 'user.create', 'user', id, { email: input.email, role: 'admin' }, deps.now());
        return id;
      });
      return toView(db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow);
    },
  };
}

/** For the command line and demo data: an operator account, which no procedure can create. */
export async function createOperator(deps: HubDeps, input: { email: string; name: string; password: string }): Promise<string> {
  const hash = await hashPassword(input.password, deps.settings.hashCost);
  return insertUser(deps, null, { ...input, role: 'operator' }, hash);
}

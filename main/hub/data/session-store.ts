import { sql } from 'kysely';
import type { SessionView } from '../../../shared/admin';
import type { Role, TenantKind } from '../../../shared/categories';
import type { HubDeps, OperatorPrincipal, UserPrincipal } from '../context-types';
import { dummyPasswordHash, verifyPassword } from '../auth/password';
import { describeWait, FailureLimiter, type LimitPolicy } from '../auth/rate-limit';
import type { Db } from '../db/open';
import { hashToken, newToken } from '../auth/tokens';
import { HubError } from '../errors';
import { recordAudit } from './audit';
import { transaction } from '../db/dialect';
import { principalCacheOf } from '../auth/principal-cache';

interface UserRow {
  id: string;
  tenant_id: string | null;
  email: string;
  name: string;
  role: Role | 'operator';
  password_hash: string;
  active: number;
  tenant_kind: TenantKind | null;
  tenant_name: string | null;
}

const selectUsers = (db: Db) =>
  db
    .selectFrom('users')
    .leftJoin('tenants', 'tenants.id', 'users.tenant_id')
    .select([
      'users.id',
      'users.tenant_id',
      'users.email',
      'users.name',
      'users.role',
      'users.password_hash',
      'users.active',
      'tenants.kind as tenant_kind',
      'tenants.name as tenant_name',
    ]);

export interface LoginLimits {
  perAccount: FailureLimiter;
  perAddress: FailureLimiter;
  /** Wrong pairing codes per address: eight characters must not be guessable by brute force. */
  pairing: FailureLimiter;
  /** Statistics batches from phones per location (not failures: every batch counts). */
  phoneUsage: FailureLimiter;
  /** Feedback from workers' phones per location, and per address: enough for a busy site, too little to flood it. */
  feedbackPerLocation: FailureLimiter;
  feedbackPerAddress: FailureLimiter;
}

export type LoginLimitPolicies = Record<keyof LoginLimits, LimitPolicy>;

const WINDOW_MS = 15 * 60_000;
export const DEFAULT_LOGIN_LIMITS: LoginLimitPolicies = {
  // 5 free tries, then 1 s, 2 s, 4 s … up to a minute between tries: about 60 guesses an hour.
  perAccount: { kind: 'backoff', free: 5, firstDelayMs: 1_000, maxDelayMs: 60_000, windowMs: WINDOW_MS },
  perAddress: { kind: 'window', max: 20, windowMs: WINDOW_MS },
  pairing: { kind: 'window', max: 10, windowMs: WINDOW_MS },
  phoneUsage: { kind: 'window', max: 600, windowMs: WINDOW_MS },
  feedbackPerLocation: { kind: 'window', max: 300, windowMs: WINDOW_MS },
  feedbackPerAddress: { kind: 'window', max: 20, windowMs: WINDOW_MS },
};

/** `now` is the hub's clock, so lock-out windows can be tested by moving it. */
export function loginLimits(db: Db, now: () => number = Date.now, policies: LoginLimitPolicies = DEFAULT_LOGIN_LIMITS): LoginLimits {
  return {
    perAccount: new FailureLimiter(db, 'account', policies.perAccount, now),
    perAddress: new FailureLimiter(db, 'address', policies.perAddress, now),
    pairing: new FailureLimiter(db, 'pairing', policies.pairing, now),
    phoneUsage: new FailureLimiter(db, 'phone-usage', policies.phoneUsage, now),
    feedbackPerLocation: new FailureLimiter(db, 'feedback_location', policies.feedbackPerLocation, now),
    feedbackPerAddress: new FailureLimiter(db, 'feedback_address', policies.feedbackPerAddress, now),
  };
}

function toPrincipal(row: UserRow, sessionHash: string): UserPrincipal | OperatorPrincipal {
  const user = { id: row.id, name: row.name, email: row.email };
  if (row.role === 'operator') return { kind: 'operator', user, sessionHash };
  return {
    kind: 'user',
    user: { ...user, role: row.role },
    tenant: { id: row.tenant_id!, kind: row.tenant_kind!, name: row.tenant_name! },
    sessionHash,
  };
}

/** Password sign-in, session tokens with expiry, sign-out. */
export function sessionStore(deps: HubDeps, limits: LoginLimits) {
  const { db } = deps;

  return {
    async login(email: string, password: string, address: string): Promise<SessionView> {
      const accountKey = email.toLowerCase();
      // Counted before the slow hash check, so parallel guesses cannot all pass the limit.
      const account = await limits.perAccount.reserve(accountKey);
      const fromAddress = await limits.perAddress.reserve(address);
      const wait = Math.max(account.wait, fromAddress.wait);
      if (wait > 0) {
        await account.undo();
        await fromAddress.undo();
        throw new HubError('rate_limited', 'too_many_sign_ins', `Too many failed sign-ins. Try again in ${describeWait(wait)}.`, undefined, {
          minutes: Math.ceil(wait / 60_000),
        });
      }
      const row = (await selectUsers(db).where(sql<string>`lower(users.email)`, '=', accountKey).executeTakeFirst()) as UserRow | undefined;
      const ok = await verifyPassword(password, row?.password_hash ?? (await dummyPasswordHash(deps.settings.hashCost)));
      if (!row || !ok || !row.active) {
        throw new HubError('unauthorized', 'wrong_credentials', 'E-mail address or password is not right', 'password');
      }
      await limits.perAccount.reset(accountKey);
      await fromAddress.undo();
      const token = newToken('session');
      const now = deps.now();
      const expiresAt = new Date(now.getTime() + deps.settings.sessionTtlMs).toISOString();
      await transaction(db, async (trx) => {
        await trx.insertInto('sessions').values({ token_hash: hashToken(token), user_id: row.id, created_at: now.toISOString(), expires_at: expiresAt }).execute();
        await recordAudit(trx, { id: row.id, name: row.name, tenantId: row.tenant_id }, 'session.login', 'user', row.id, { address }, now);
      });
      const tenant = row.tenant_id ? { id: row.tenant_id, kind: row.tenant_kind!, name: row.tenant_name! } : null;
      return { token, expiresAt, user: { id: row.id, name: row.name, email: row.email, role: row.role }, tenant };
    },

    async resolve(token: string): Promise<UserPrincipal | OperatorPrincipal | null> {
      const sessionHash = hashToken(token);
      // On the read connection: checking a request's token must not wait for an editor's write in progress.
      const row = (await selectUsers(deps.reads)
        .innerJoin('sessions', 'sessions.user_id', 'users.id')
        .where('sessions.token_hash', '=', sessionHash)
        .where('sessions.revoked_at', 'is', null)
        .where('sessions.expires_at', '>', deps.now().toISOString())
        .where('users.active', '=', 1)
        .executeTakeFirst()) as UserRow | undefined;
      return row ? toPrincipal(row, sessionHash) : null;
    },

    async logout(sessionHash: string): Promise<void> {
      await db.updateTable('sessions').set({ revoked_at: deps.now().toISOString() }).where('token_hash', '=', sessionHash).where('revoked_at', 'is', null).execute();
      principalCacheOf(deps).forget();
    },
  };
}

import type { IncomingMessage } from 'node:http';
import { TRPCError } from '@trpc/server';
import type { TRPCRequestInfo } from '@trpc/server/http';
import { LIMITS } from '../../shared/limits';
import { clientAddress } from './auth/client-address';
import type { HubDeps, KioskPrincipal, OperatorPrincipal, Principal, UserPrincipal } from './context-types';
import { tokenKind } from './auth/tokens';
import { principalCacheOf } from './auth/principal-cache';
import { kioskData, operatorData, phoneData, publicData, userData } from './data/scope';
import type { LoginLimits } from './data/session-store';
import { noticeFanOutOf } from './live-notices';

/**
 * What procedures reach: data views bound to a caller (scope.ts) and the hub's services, never
 * the database handle, so no procedure can run a query of its own.
 */
export function hubServices(deps: HubDeps, limits: LoginLimits) {
  return {
    settings: deps.settings,
    public: publicData(deps, limits),
    notices: noticeFanOutOf(deps),
    databaseId: () => deps.changes.databaseId(),
    userData: (p: UserPrincipal) => userData(deps, p),
    kioskData: (p: KioskPrincipal) => kioskData(deps, p),
    /** What anyone may do at a location without a token: the phone app's view. */
    phoneData: (locationId: string) => phoneData(deps, locationId),
    operatorData: (p: OperatorPrincipal) => operatorData(deps, p),
  };
}
export type HubServices = ReturnType<typeof hubServices>;

export interface HubContext {
  hub: HubServices;
  limits: LoginLimits;
  principal: Principal;
  /** A token was sent but is expired, revoked or unknown: the message says "sign in again" or "pair again". */
  tokenRejected: boolean;
  rejectedTokenKind: 'session' | 'device' | null;
  address: string;
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/** Who is calling is decided from the Authorization header alone, never from a procedure's input. */
export async function resolvePrincipal(deps: HubDeps, limits: LoginLimits, token: string | null): Promise<Principal | null> {
  if (!token) return { kind: 'anonymous' };
  return principalCacheOf(deps).resolve(token, () => {
    const { sessions, devices } = publicData(deps, limits);
    switch (tokenKind(token)) {
      case 'session':
        return sessions.resolve(token);
      case 'device':
        return devices.resolve(token);
      default:
        return Promise.resolve(null);
    }
  });
}

export async function createContextInner(deps: HubDeps, limits: LoginLimits, token: string | null, address = 'local'): Promise<HubContext> {
  const principal = await resolvePrincipal(deps, limits, token);
  return {
    hub: hubServices(deps, limits),
    limits,
    principal: principal ?? { kind: 'anonymous' },
    tokenRejected: principal === null,
    rejectedTokenKind: principal === null && token ? tokenKind(token) : null,
    address,
  };
}

export function requestAddress(deps: HubDeps, req: IncomingMessage): string {
  return clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], deps.settings.trustedProxies);
}

/**
 * One HTTP request may batch several calls: the changes pushed by all of them together are
 * capped, so a batch of pushes cannot carry more than one push may.
 */
async function checkPushTotal(info: TRPCRequestInfo): Promise<void> {
  let total = 0;
  for (const call of info.calls) {
    if (call.path !== 'sync.push') continue;
    const input = await call.getRawInput();
    const mutations = input && typeof input === 'object' && 'mutations' in input ? input.mutations : null;
    total += Array.isArray(mutations) ? mutations.length : 0;
  }
  if (total > LIMITS.pushBatch) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: `At most ${LIMITS.pushBatch} changes per request; this one has ${total}` });
  }
}

export async function createHttpContext(deps: HubDeps, limits: LoginLimits, req: IncomingMessage, info: TRPCRequestInfo): Promise<HubContext> {
  await checkPushTotal(info);
  return createContextInner(deps, limits, bearerToken(req.headers.authorization), requestAddress(deps, req));
}

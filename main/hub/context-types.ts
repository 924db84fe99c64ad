import type { Db } from './db/open';
import type { Role, TenantKind } from '../../shared/categories';
import type { ChangeLog } from './data/change-log';
import type { HashCost } from './auth/password';

export interface HubSettings {
  sessionTtlMs: number;
  pairingCodeTtlMs: number;
  hashCost: HashCost;
  /** Where phones reach the hub; every QR code is built from it. Null until the hub listens: then its own address. */
  publicUrl: string | null;
  /** Reverse proxies whose X-Forwarded-For names the client (see auth/client-address.ts). */
  trustedProxies: readonly string[];
  /** A national tenant's content reaches every kiosk: operators create one only when the hub was started allowing it. */
  allowNationalTenant: boolean;
}

/** What every data-access module needs: the database (either engine), the change log and the hub's clock. */
export interface HubDeps {
  db: Db;
  /** Reads that must not wait for a write in progress (HubDatabase.reads); they see committed data only. */
  reads: Db;
  changes: ChangeLog;
  now: () => Date;
  settings: HubSettings;
}

export interface TenantRef {
  id: string;
  kind: TenantKind;
  name: string;
}

export interface UserPrincipal {
  kind: 'user';
  user: { id: string; name: string; email: string; role: Role };
  tenant: TenantRef;
  sessionHash: string;
}

export interface OperatorPrincipal {
  kind: 'operator';
  user: { id: string; name: string; email: string };
  sessionHash: string;
}

export interface KioskPrincipal {
  kind: 'kiosk';
  kiosk: { id: string; name: string; locationId: string; tenantId: string };
}

export type Principal = { kind: 'anonymous' } | UserPrincipal | OperatorPrincipal | KioskPrincipal;

/** Who did something, for the audit trail and revision history. */
export interface Actor {
  id: string | null;
  name: string;
  tenantId: string | null;
}

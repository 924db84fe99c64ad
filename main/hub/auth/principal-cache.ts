import type { HubDeps, Principal } from '../context-types';
import { perHub } from '../data/per-hub';

/** A safety net only: every write that ends or changes a token's rights forgets the cache at once. */
const KEEP_MS = 10_000;
const MOST_TOKENS = 20_000;

/**
 * Who a token belongs to, remembered for a few seconds, so a fleet's reads (a 304 on a feed page)
 * cost no database lookup. Only a hub that is the database's one writer keeps it (SQLite): it
 * hears every sign-out, revoke and role change, which forget the whole cache (`forget`). Several
 * instances on PostgreSQL look each token up every time, so a sign-out on one ends the session on
 * all of them at once.
 */
export class PrincipalCache {
  private readonly tokens = new Map<string, { principal: Principal; until: number }>();
  /** Bumped by `forget`: a lookup that began before it must not store what it found. */
  private generation = 0;

  constructor(private readonly deps: Pick<HubDeps, 'changes' | 'now'>) {}

  private get enabled(): boolean {
    return !this.deps.changes.shared;
  }

  /** The principal for `token` if known and fresh; undefined when it must be looked up. */
  get(token: string): Principal | undefined {
    if (!this.enabled) return undefined;
    const hit = this.tokens.get(token);
    if (!hit) return undefined;
    if (hit.until > this.deps.now().getTime()) return hit.principal;
    this.tokens.delete(token);
    return undefined;
  }

  /** Looks the token up with `lookup` unless known; keeps the answer unless a `forget` came meanwhile. */
  async resolve(token: string, lookup: () => Promise<Principal | null>): Promise<Principal | null> {
    const known = this.get(token);
    if (known !== undefined) return known;
    const generation = this.generation;
    const principal = await lookup();
    // A refused token is looked up again each time: a flood of made-up tokens must not push out real ones.
    if (principal && this.enabled && generation === this.generation) {
      if (this.tokens.size >= MOST_TOKENS) this.tokens.delete(this.tokens.keys().next().value!);
      this.tokens.set(token, { principal, until: this.deps.now().getTime() + KEEP_MS });
    }
    return principal;
  }

  /** After a sign-out, a revoke, a new pairing, a role or account change: every token is looked up again. */
  forget(): void {
    this.generation++;
    this.tokens.clear();
  }
}

export const principalCacheOf = perHub((deps: Pick<HubDeps, 'changes' | 'now'>) => new PrincipalCache(deps));

import type { HubDeps } from '../context-types';

/**
 * One instance of something per running hub (a cache, the notice fan-out), made on first use.
 * Keyed by the hub's change log: every view of one hub shares it, and a second hub in the same
 * process (tests, the bench) gets its own.
 */
export function perHub<D extends Pick<HubDeps, 'changes'>, T>(make: (deps: D) => T): (deps: D) => T {
  const made = new WeakMap<HubDeps['changes'], T>();
  return (deps) => {
    let value = made.get(deps.changes);
    if (value === undefined) made.set(deps.changes, (value = make(deps)));
    return value;
  };
}

import { useEffect, useSyncExternalStore } from 'react';

/**
 * A small hash router: every screen has a URL (#/content/<id>) that survives a reload.
 * A screen with unsaved work can hold a leave guard: every way out (a link, back, `navigate`,
 * sign-out through `leave`) then asks it first, and the URL stays until it says yes.
 */
type Guard = (proceed: () => void) => void;

let accepted = window.location.hash;
let guard: Guard | null = null;
const listeners = new Set<() => void>();

/** Each history entry the router accepted carries its position, so a refused step can be undone. */
const positionOf = (state: unknown): number | undefined =>
  typeof state === 'object' && state !== null && 'wegwijsPosition' in state && typeof state.wegwijsPosition === 'number' ? state.wegwijsPosition : undefined;
let position = positionOf(history.state) ?? 0;
history.replaceState({ wegwijsPosition: position }, '');

function accept(hash: string) {
  accepted = hash;
  listeners.forEach((l) => l());
}

window.addEventListener('hashchange', () => {
  const wanted = window.location.hash;
  if (wanted === accepted) return;
  const target = positionOf(history.state);
  if (!guard) {
    position = target ?? position + 1;
    if (target === undefined) history.replaceState({ wegwijsPosition: position }, '');
    return accept(wanted);
  }
  // Step back to where the screen is (a link added an entry; back or forward moved to another)
  // until the screen agrees to leave. That step lands on `accepted`, which is ignored above.
  history.go(target === undefined ? -1 : position - target);
  guard(() => {
    guard = null;
    window.location.hash = wanted;
  });
});

function current(): string[] {
  return accepted.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function useRoute(): string[] {
  const hash = useSyncExternalStore(subscribe, () => accepted);
  void hash;
  return current();
}

export function navigate(...parts: string[]) {
  window.location.hash = '/' + parts.map(encodeURIComponent).join('/');
}

/** Goes to a screen without asking, for a screen whose work was just saved or discarded. */
export function replaceRoute(...parts: string[]) {
  guard = null;
  const target = href(...parts);
  history.replaceState({ wegwijsPosition: position }, '', target);
  accept(target);
}

export function href(...parts: string[]) {
  return '#/' + parts.map(encodeURIComponent).join('/');
}

/** Runs `action` (sign out, ...) once the screen with unsaved work agrees. */
export function leave(action: () => void) {
  if (!guard) return action();
  guard(() => {
    guard = null;
    action();
  });
}

/**
 * While `active`, leaving asks `ask` first, and closing the window asks the browser's own
 * question (the edits themselves are kept in the desktop core either way).
 */
export function useLeaveGuard(active: boolean, ask: Guard) {
  useEffect(() => {
    if (!active) return;
    guard = ask;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      if (guard === ask) guard = null;
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [active, ask]);
}

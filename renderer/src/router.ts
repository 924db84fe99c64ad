import { useSyncExternalStore } from 'react';

/** A small hash router: every screen has a URL (#/content/<id>) that survives a reload. */
function current(): string[] {
  return window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): string[] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  void hash;
  return current();
}

export function navigate(...parts: string[]) {
  window.location.hash = '/' + parts.map(encodeURIComponent).join('/');
}

export function href(...parts: string[]) {
  return '#/' + parts.map(encodeURIComponent).join('/');
}

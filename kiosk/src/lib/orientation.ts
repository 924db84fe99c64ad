import { useSyncExternalStore } from 'react';

const query = () => window.matchMedia('(orientation: landscape)');

/** Portrait (1080×1920) or landscape (1920×1080): some screens place their parts differently. */
export function useOrientation(): 'portrait' | 'landscape' {
  return useSyncExternalStore(
    (onChange) => {
      const q = query();
      q.addEventListener('change', onChange);
      return () => q.removeEventListener('change', onChange);
    },
    () => (query().matches ? 'landscape' : 'portrait'),
  );
}

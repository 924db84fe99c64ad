import { useSyncExternalStore } from 'react';
import type { Orientation } from '../../../shared/ui/orientation';

const query = () => window.matchMedia('(orientation: landscape)');

/** The kiosk screen's own orientation, following a rotation of the display. */
export function useScreenOrientation(): Orientation {
  return useSyncExternalStore(
    (onChange) => {
      const q = query();
      q.addEventListener('change', onChange);
      return () => q.removeEventListener('change', onChange);
    },
    () => (query().matches ? 'landscape' : 'portrait'),
  );
}

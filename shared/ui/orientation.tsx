import { createContext, useContext } from 'react';

export type Orientation = 'portrait' | 'landscape';

/**
 * Portrait (1080×1920) or landscape (1920×1080): some screens place their parts differently.
 * The kiosk provides its screen's orientation, the preview the one its frame imitates.
 */
export const OrientationContext = createContext<Orientation>('portrait');

export function useOrientation(): Orientation {
  return useContext(OrientationContext);
}

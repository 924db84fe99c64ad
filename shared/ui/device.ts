import { createContext, useContext } from 'react';

/**
 * Where the worker reads: a kiosk opens nothing (numbers and addresses are text to copy into
 * one's own phone, links in the text do not navigate); on the worker's phone they are links
 * (tap to call, mail, open the website or the map).
 */
export type Device = 'kiosk' | 'phone';

export const DeviceContext = createContext<Device>('kiosk');

export function useDevice(): Device {
  return useContext(DeviceContext);
}

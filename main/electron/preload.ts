import { contextBridge, ipcRenderer } from 'electron';

/**
 * The only bridge into the page: the kiosk's hidden exit. Data goes over wegwijs://app/trpc,
 * not through here, and nothing of Node or Electron is exposed.
 */
contextBridge.exposeInMainWorld('wegwijs', {
  exitKiosk: (pin: string): Promise<boolean> => ipcRenderer.invoke('wegwijs:exit-kiosk', pin),
});

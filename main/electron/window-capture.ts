import type { BrowserWindow } from 'electron';
import type { Capture } from '../../shared/screenshot';

/** JPEG at quality 80 keeps a full-HD kiosk screen well under the 2 MB limit. */
const JPEG_QUALITY = 80;

/** The kiosk core's capture function: the window's own pixels, as JPEG (no window yet: fails, and the kiosk says so). */
export function windowCapture(window: () => BrowserWindow | null): () => Promise<Capture> {
  return async () => {
    const win = window();
    if (!win || win.isDestroyed()) throw new Error('No kiosk window to capture');
    const image = await win.webContents.capturePage();
    return { contentType: 'image/jpeg', bytes: image.toJPEG(JPEG_QUALITY) };
  };
}

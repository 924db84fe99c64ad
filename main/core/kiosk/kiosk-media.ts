import type { ServerResponse } from 'node:http';
import type { KioskCore } from './kiosk-core';

/** Serves the kiosk's cached images at /media/<id>, so pictures show while the hub is away. */
export function kioskMediaRoute(core: KioskCore) {
  return async (url: URL, res: ServerResponse): Promise<boolean> => {
    const match = /^\/media\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (!match) return false;
    const media = core.store.media(match[1]!);
    if (!media) {
      res.writeHead(404).end();
      return true;
    }
    res.writeHead(200, { 'content-type': media.content_type, 'x-content-type-options': 'nosniff', 'cache-control': 'max-age=3600' });
    res.end(media.bytes);
    return true;
  };
}

import { createReadStream, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ServerResponse } from 'node:http';

/**
 * The generic update feed electron-updater reads: /updates/<channel>/latest.yml (and
 * latest-linux.yml), the installers and their blockmaps, from <data dir>/updates/<channel>/.
 * Release tooling copies files there; the hub only serves them.
 */
const CHANNELS = new Set(['stable', 'beta']);
const TYPES: Record<string, string> = {
  '.yml': 'text/yaml; charset=utf-8',
  // The publisher's signature of a manifest (latest-linux.yml.sig), checked by the app before it installs.
  '.sig': 'text/plain; charset=utf-8',
  '.blockmap': 'application/octet-stream',
  '.AppImage': 'application/octet-stream',
  '.deb': 'application/vnd.debian.binary-package',
  '.exe': 'application/vnd.microsoft.portable-executable',
};

export function serveUpdateFile(dataDir: string, pathname: string, res: ServerResponse): boolean {
  const match = /^\/updates\/([a-z]+)\/([A-Za-z0-9][A-Za-z0-9._-]*)$/.exec(pathname);
  if (!match) return false;
  const [, channel, name] = match;
  const file = join(dataDir, 'updates', channel!, name!);
  let size: number;
  try {
    if (!CHANNELS.has(channel!)) throw new Error('unknown channel');
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('No such update file');
    return true;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(name!)] ?? 'application/octet-stream',
    'content-length': size,
    // The channel file must always be fresh; installers never change under a name.
    'cache-control': /\.yml(\.sig)?$/.test(name!) ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  createReadStream(file).pipe(res);
  return true;
}

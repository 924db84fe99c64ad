import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AnyRouter } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The same policy the Electron shell sets: only our own scripts, styles and images. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export interface LocalServerOptions {
  router: AnyRouter;
  /** Folder of the built screens (out/renderer). */
  staticDir: string;
  /** The page served at "/", e.g. renderer/index.html or kiosk/index.html. */
  indexPage: string;
  port?: number;
  /** Extra routes, e.g. the kiosk's cached images; return true when handled. */
  extra?: (url: URL, res: ServerResponse) => Promise<boolean>;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * A request for this server names it in its Host header. A page on another site that rebinds its
 * own name to 127.0.0.1 (DNS rebinding) sends its own name there: refused.
 */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  return LOOPBACK_NAMES.some((name) => host?.toLowerCase() === `${name}:${port}`);
}

/** A change may come only from a page of this server itself, never from another site's page. */
export function isLoopbackOrigin(origin: string | undefined, port: number): boolean {
  return LOOPBACK_NAMES.some((name) => origin?.toLowerCase() === `http://${name}:${port}`);
}

function refuse(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(message);
}

/**
 * The browser preview of a screen: the built page and its local tRPC router on loopback only.
 * In Electron the same router is reached through a custom protocol instead, with no open port.
 */
export async function startLocalServer(options: LocalServerOptions) {
  const trpc = createHTTPHandler({ router: options.router, basePath: '/trpc/' });
  let port = 0;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!isLoopbackHost(req.headers.host, port)) return refuse(res, 421, 'This server answers only to 127.0.0.1, localhost or [::1]');
    const reads = req.method === 'GET' || req.method === 'HEAD';
    if (!reads && !isLoopbackOrigin(req.headers.origin, port)) return refuse(res, 403, 'Changes are accepted only from this app’s own pages');
    let url: URL;
    let path: string;
    try {
      url = new URL(req.url ?? '/', 'http://local');
      path = url.pathname === '/' ? options.indexPage : normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    } catch {
      return refuse(res, 400, 'Malformed address');
    }
    if (url.pathname.startsWith('/trpc/')) return trpc(req, res);
    if (options.extra && (await options.extra(url, res))) return;
    if (path.startsWith('..')) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(options.staticDir, path));
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else refuse(res, 500, 'Something went wrong');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

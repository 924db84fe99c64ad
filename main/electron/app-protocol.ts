import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AnyRouter } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { CONTENT_SECURITY_POLICY, CONTENT_TYPES } from '../core/local-server';

export const MEDIA_HEADERS = { 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; sandbox" } satisfies Record<string, string>;
/**
 * Serves the app through wegwijs://app/ instead of file:// and answers /trpc there with the
 * desktop core's router: the screen reaches its core without any open port. The caller is
 * the app's own window by construction; there is no input field that says who is asking.
 */
export function appProtocolHandler(options: {
  staticDir: string;
  router: AnyRouter;
  media?: (id: string) => { content_type: string; bytes: Buffer } | null;
}) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.pathname.startsWith('/trpc/')) {
      return fetchRequestHandler({ endpoint: '/trpc', req: request, router: options.router, createContext: () => ({}) });
    }
    const media = /^\/media\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (media && options.media) {
      const found = options.media(media[1]!);
      // Cached bytes from the hub: never sniffed into another type, never able to run anything.
      return found
        ? new Response(new Uint8Array(found.bytes), { headers: { 'content-type': found.content_type, ...MEDIA_HEADERS } })
        : new Response(null, { status: 404 });
    }
    let path: string;
    try {
      path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    } catch {
      return new Response('Malformed address', { status: 400 });
    }
    if (path.startsWith('..')) return new Response(null, { status: 404 });
    try {
      const body = await readFile(join(options.staticDir, path));
      return new Response(new Uint8Array(body), {
        headers: { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { feedInputSchema } from '../../shared/admin';
import type { HubDeps } from './context-types';
import type { LoginLimits } from './data/session-store';
import { kioskData, userData } from './data/scope';
import { bearerToken, resolvePrincipal } from './context';
import { IMMUTABLE, PreparedBody, sendPrepared } from './prepared-response';

const PRIVATE = 'private, no-cache';

/**
 * GET /trpc/feed.merged?input=… served from bytes prepared when the location's content changed:
 * the same JSON the tRPC procedure answers, with a strong ETag, 304 on `If-None-Match`, gzip or
 * brotli made once. `&v=<version>` (the ETag's hash) makes it a versioned URL a cache keeps for
 * good. Returns false when it is not a plain successful read (a batch, bad input, no access): then
 * tRPC answers it, errors and all, the one way it always does.
 */
export async function servePreparedFeed(deps: HubDeps, limits: LoginLimits, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || url.searchParams.has('batch')) return false;
  let raw: unknown;
  try {
    raw = JSON.parse(url.searchParams.get('input') ?? '{}');
  } catch {
    return false;
  }
  const input = feedInputSchema.safeParse(raw);
  if (!input.success) return false;
  const principal = await resolvePrincipal(deps, limits, bearerToken(req.headers.authorization));
  if (principal?.kind !== 'user' && principal?.kind !== 'kiosk') return false;
  let body: PreparedBody;
  try {
    const feed = await (principal.kind === 'user' ? userData(deps, principal) : kioskData(deps, principal)).feed(input.data.locationId);
    const { language, category, offset, limit } = input.data;
    body = await feed.prepared(`merged|${language}|${category ?? ''}|${offset}|${limit}`, async () =>
      PreparedBody.json(`{"result":{"data":${await feed.mergedPageJson(input.data)}}}`),
    );
  } catch {
    return false;
  }
  const versioned = url.searchParams.get('v');
  void sendPrepared(req, res, body, { cacheControl: versioned === body.version ? `private, ${IMMUTABLE}` : PRIVATE });
  return true;
}

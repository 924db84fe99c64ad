import type { IncomingMessage, ServerResponse } from 'node:http';
import { feedInputSchema } from '../../shared/admin';
import type { HubDeps } from './context-types';
import type { LoginLimits } from './data/session-store';
import { kioskData, kioskPreparedNow, userData } from './data/scope';
import { bearerToken, resolvePrincipal } from './context';
import { principalCacheOf } from './auth/principal-cache';
import { perHub } from './data/per-hub';
import { IMMUTABLE, PreparedBody, sendPrepared } from './prepared-response';

const PRIVATE = 'private, no-cache';

/** A feed read the hub answered before, by its exact request line: what it asked for. */
interface KnownRead {
  locationId: string;
  key: string;
  versioned: string | null;
}
/** Per hub, like every cache of it: a second hub in the same process (tests, the bench) has its own. */
const knownReadsOf = perHub((_deps: HubDeps) => new Map<string, KnownRead>());
const MOST_KNOWN_READS = 1_000;

/**
 * The static-file path: a kiosk asking again for a feed page (same request line, same token) that
 * is prepared and current is answered at once, from memory, without parsing anything. Call it
 * first for every request; false means the request takes the full path (`servePreparedFeed`).
 */
export function serveKnownFeed(deps: HubDeps, req: IncomingMessage, res: ServerResponse): boolean {
  const read = req.url === undefined ? undefined : knownReadsOf(deps).get(req.url);
  if (!read || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const token = bearerToken(req.headers.authorization);
  const known = token ? principalCacheOf(deps).get(token) : undefined;
  const body = known?.kind === 'kiosk' ? kioskPreparedNow(deps, known, read.locationId, read.key) : undefined;
  if (!body) return false;
  send(req, res, read.versioned, body);
  return true;
}

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
  const parsed = feedInputSchema.safeParse(raw);
  if (!parsed.success) return false;
  const input = parsed.data;
  const read = { locationId: input.locationId, key: `merged|${input.language}|${input.category ?? ''}|${input.offset}|${input.limit}`, versioned: url.searchParams.get('v') };
  const principal = await resolvePrincipal(deps, limits, bearerToken(req.headers.authorization));
  if (principal?.kind !== 'user' && principal?.kind !== 'kiosk') return false;
  let body: PreparedBody;
  try {
    const feed = await (principal.kind === 'user' ? userData(deps, principal) : kioskData(deps, principal)).feed(input.locationId);
    body = await feed.prepared(read.key, async () => PreparedBody.json(`{"result":{"data":${await feed.mergedPageJson(input)}}}`));
  } catch {
    return false;
  }
  const knownReads = knownReadsOf(deps);
  if (req.url !== undefined && !knownReads.has(req.url)) {
    if (knownReads.size >= MOST_KNOWN_READS) knownReads.delete(knownReads.keys().next().value!);
    knownReads.set(req.url, read);
  }
  send(req, res, read.versioned, body);
  return true;
}

function send(req: IncomingMessage, res: ServerResponse, versioned: string | null, body: PreparedBody): void {
  void sendPrepared(req, res, body, { cacheControl: versioned === body.version ? `private, ${IMMUTABLE}` : PRIVATE });
}

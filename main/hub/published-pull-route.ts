import type { IncomingMessage, ServerResponse } from 'node:http';
import { pullInputSchema } from '../../shared/sync';
import type { HubDeps } from './context-types';
import type { LoginLimits } from './data/session-store';
import { kioskData } from './data/scope';
import { bearerToken, resolvePrincipal } from './context';
import { sendPrepared } from './prepared-response';

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * GET /sync/published?since=&until=&limit= — the same page as the tRPC `sync.pull` of a kiosk,
 * made from the items' stored JSON without re-encoding: the bulk path of a kiosk's first pull and
 * its pull after a live notice. Prepared once per location and range (compressed once, ETag, 304),
 * so a fleet asking the same range gets the same bytes. The caller and its location come from the
 * device token only, through the same scoped view.
 */
export async function handlePublishedPull(deps: HubDeps, limits: LoginLimits, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const token = bearerToken(req.headers.authorization);
  const principal = await resolvePrincipal(deps, limits, token);
  if (!principal || principal.kind === 'anonymous') {
    return send(res, 401, JSON.stringify({ error: token ? 'This kiosk is no longer paired' : 'Pair this kiosk first' }));
  }
  if (principal.kind !== 'kiosk') return send(res, 403, JSON.stringify({ error: 'Only a paired kiosk can do this' }));
  const raw = Object.fromEntries([...url.searchParams].map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v]));
  const input = pullInputSchema.safeParse(raw);
  if (!input.success) {
    const issue = input.error.issues[0]!;
    return send(res, 400, JSON.stringify({ error: issue.message, field: issue.path.join('.') }));
  }
  const body = await (await kioskData(deps, principal).feed()).preparedPull(input.data);
  // The page is prepared once and kept while nothing changes, so its own hubTime may be old: the
  // hub's time of this answer rides in a header.
  await sendPrepared(req, res, body, { cacheControl: 'private, no-cache', headers: { 'x-hub-time': deps.now().toISOString() } });
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { HubMetrics, routeLabel } from './metrics';
import { serveUpdateFile } from './updates';
import { handlePublishedPull } from './published-pull-route';
import { serveKnownFeed, servePreparedFeed } from './feed-route';
import { NUDGE_CHANNEL, noticeFanOutOf, serveNoticeStream } from './live-notices';
import { openHubDatabase, type DatabaseLocation, type HubDatabase } from './db/open';
import { HUB_ENGINE_MIGRATIONS } from './db/migrations';
import { listenForChanges } from './db/change-listener';
import { CHANGE_CHANNEL, ChangeLog } from './data/change-log';
import { DEFAULT_LOGIN_LIMITS, loginLimits, type LoginLimitPolicies } from './data/session-store';
import { readMedia } from './data/media-store';
import { backfillPublishedJson } from './data/item-rows';
import { feedCacheOf } from './data/feed-cache';
import { FEED_PAGE } from '../../shared/admin';
import { phoneRoutes } from './phone-routes';
import { bearerToken, createHttpContext, resolvePrincipal } from './context';
import { LIMITS } from '../../shared/limits';
import { silentLog, type HubLog } from './hub-log';
import { checkDatabaseWrite, healthBody } from './health';
import { acquireHubLock } from './hub-lock';
import { pruneAuthFailures } from './auth/rate-limit';
import { pruneRefusedMutations, pruneUsage } from './data/retention';
import { hubRouter } from './router';
import { DEFAULT_COST } from './auth/password';
import type { HubDeps, HubSettings } from './context-types';

export interface HubOptions {
  dataDir: string;
  /** A PostgreSQL address; without it the hub keeps its SQLite file in `dataDir`. */
  database?: string | null;
  port?: number;
  host?: string;
  /** The hub's clock; tests move it to see validity windows open and close. */
  now?: () => Date;
  settings?: Partial<HubSettings>;
  limits?: Partial<LoginLimitPolicies>;
  /** How often validity windows are checked for live notices, in ms. */
  tickMs?: number;
  /** How often the change log is read without being told of a change (a missed NOTIFY), in ms. */
  catchUpMs?: number;
  /** The built phone app (default out/phone). */
  phoneDir?: string;
  /** Structured JSON logs (pino) and whether writing them works; silent when not given, e.g. in tests. */
  log?: HubLog;
}

export interface Hub {
  url: string;
  port: number;
  deps: HubDeps;
  /** Requests received and not yet answered (a graceful close waits for them). */
  requestsInFlight(): number;
  database: HubDatabase;
  close(): Promise<void>;
}

export const DEFAULT_SETTINGS: HubSettings = {
  sessionTtlMs: 12 * 60 * 60_000,
  pairingCodeTtlMs: 15 * 60_000,
  hashCost: DEFAULT_COST,
  publicUrl: null,
  trustedProxies: [],
  allowNationalTenant: false,
};

/** How often an instance reads the change log even when no one told it of a change (a missed NOTIFY). */
const CATCH_UP_MS = 2_000;

export function databaseLocation(dataDir: string, database?: string | null): DatabaseLocation {
  return database ? { engine: 'postgres', url: database } : { engine: 'sqlite', file: join(dataDir, 'hub.db') };
}

export async function openHubDeps(
  location: DatabaseLocation,
  now: () => Date = () => new Date(),
  settings: Partial<HubSettings> = {},
): Promise<{ deps: HubDeps; database: HubDatabase }> {
  const database = await openHubDatabase(location, HUB_ENGINE_MIGRATIONS);
  try {
    await backfillPublishedJson(database.db);
    const changes = new ChangeLog(database.db, database.reads);
    await changes.start();
    return { deps: { db: database.db, reads: database.reads, changes, now, settings: { ...DEFAULT_SETTINGS, ...settings } }, database };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** The request's address; one that cannot be read (`GET http://[`) is answered as an unknown path. */
function requestUrl(req: IncomingMessage): URL {
  try {
    return new URL(req.url ?? '/', 'http://hub');
  } catch {
    return new URL('/unreadable', 'http://hub');
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export async function startHub(options: HubOptions): Promise<Hub> {
  const location = databaseLocation(options.dataDir, options.database);
  // Several instances share a PostgreSQL database; a SQLite file belongs to one process.
  const releaseLock = location.engine === 'sqlite' ? acquireHubLock(options.dataDir, new Date()) : () => {};
  let opened: Awaited<ReturnType<typeof openHubDeps>>;
  try {
    opened = await openHubDeps(location, options.now, options.settings);
  } catch (err) {
    releaseLock();
    throw err;
  }
  const { deps, database } = opened;
  const policies = { ...DEFAULT_LOGIN_LIMITS, ...options.limits };
  const limits = loginLimits(deps.db, () => deps.now().getTime(), policies);
  const hubLog = options.log ?? silentLog();
  const log = hubLog.logger;
  const metrics = new HubMetrics();
  const started = Date.now();
  const trpc = createHTTPHandler({
    router: hubRouter,
    basePath: '/trpc/',
    createContext: ({ req, info }) => createHttpContext(deps, limits, req, info),
    maxBodySize: LIMITS.requestBytes,
    maxBatchSize: LIMITS.batchCalls,
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') log.error({ err: error.cause ?? error, path }, 'procedure failed');
    },
  });

  const phone = phoneRoutes(deps, options.phoneDir);
  const streams = new Set<ServerResponse>();
  let closing = false;

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (closing) res.setHeader('connection', 'close');
    // Refused from the header, before a byte of the body is read (tRPC also stops reading at the limit).
    const streamed = req.headers['content-length'] === undefined && req.headers['transfer-encoding'] !== undefined;
    const length = Number(req.headers['content-length'] ?? 0);
    if (streamed || length > LIMITS.anonymousRequestBytes) {
      const caller = (await resolvePrincipal(deps, limits, bearerToken(req.headers.authorization)))?.kind;
      const signedIn = caller === 'user';
      const limit = signedIn ? LIMITS.requestBytes : caller === 'kiosk' ? LIMITS.kioskRequestBytes : LIMITS.anonymousRequestBytes;
      if (length > limit || (streamed && !signedIn)) {
        res.setHeader('connection', 'close');
        return sendJson(res, 413, { error: `A request can be at most ${limit / 1024} KB, with its length given` });
      }
    }
    if (url.pathname.startsWith('/updates/') && req.method === 'GET' && serveUpdateFile(options.dataDir, url.pathname, res)) return;
    if (url.pathname === '/sync/published' && req.method === 'GET') return handlePublishedPull(deps, limits, req, res, url);
    if (url.pathname === '/metrics') {
      const text = await metrics.render(deps.db, deps.now(), await deps.changes.latestSeq());
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      res.end(text);
      return;
    }
    if (url.pathname === '/livez') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      const database = closing ? 'failing: shutting down' : await checkDatabaseWrite(deps.db, deps.now());
      return sendJson(res, database === 'ok' ? 200 : 503, { status: database === 'ok' ? 'ready' : 'not ready', checks: { database } });
    }
    if (url.pathname === '/healthz') {
      const checks = { database: await checkDatabaseWrite(deps.db, deps.now()), log: hubLog.failure() ? `failing: ${hubLog.failure()}` : 'ok' };
      const seq = await deps.changes.latestSeq().catch(() => null);
      return sendJson(res, 200, healthBody(checks, { seq, engine: database.engine, uptimeSeconds: Math.round((Date.now() - started) / 1000) }));
    }
    const media = /^\/media\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (media && req.method === 'GET') {
      const principal = await resolvePrincipal(deps, limits, bearerToken(req.headers.authorization));
      const viewer = principal?.kind === 'user' ? principal.tenant.id : null;
      const found = await readMedia(deps, media[1]!, viewer, deps.now());
      if (!found) return sendJson(res, 404, { error: 'Not found' });
      res.writeHead(200, {
        'content-type': found.content_type,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'",
        'cache-control': 'private, max-age=3600',
      });
      res.end(found.bytes);
      return;
    }
    if (url.pathname === '/trpc/feed.merged' && (await servePreparedFeed(deps, limits, req, res, url))) return;
    if (await phone(req, res, url)) return;
    if (url.pathname.startsWith('/trpc/')) {
      if (url.pathname.includes('onChange')) {
        streams.add(res);
        res.on('close', () => streams.delete(res));
        if (url.pathname === '/trpc/sync.onChange' && (await serveNoticeStream(deps, limits, req, res))) return;
      }
      return trpc(req, res);
    }
    sendJson(res, 404, { error: 'Not found' });
  }

  // Requests in flight per socket: Node can count a socket whose response was aborted as busy,
  // so shutdown closes every socket that has nothing in flight by its own count.
  const inFlight = new Map<Socket, number>();
  const answered = (req: IncomingMessage, res: ServerResponse, route: string, begun: number) => {
    const ms = performance.now() - begun;
    metrics.record(route, res.statusCode, ms);
    log.info({ method: req.method, route, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
  };
  const server = createServer((req, res) => {
    const begun = performance.now();
    // Answered from memory before anything else, like a static file (nothing in flight to wait for).
    if (!closing && serveKnownFeed(deps, req, res)) return answered(req, res, 'feed.merged', begun);
    const socket = req.socket;
    const url = requestUrl(req);
    const route = routeLabel(url.pathname);
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    res.once('close', () => {
      inFlight.set(socket, (inFlight.get(socket) ?? 1) - 1);
      answered(req, res, route, begun);
    });
    handle(req, res, url).catch((err: unknown) => {
      log.error({ err, route }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'The hub could not answer this request' });
      else res.destroy();
    });
  });
  server.on('connection', (s) => {
    inFlight.set(s, 0);
    s.on('close', () => inFlight.delete(s));
  });
  const closeIdle = () => {
    for (const [socket, n] of inFlight) if (n <= 0) socket.destroy();
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const housekeeping = async () => {
    await deps.changes.tick(deps.now());
    await pruneAuthFailures(deps.db, deps.now().getTime() - Math.max(...Object.values(policies).map((p) => p.windowMs)));
    await pruneRefusedMutations(deps.db, deps.now());
    await pruneUsage(deps.db, deps.now());
  };
  await housekeeping();
  void feedCacheOf(deps).warm(FEED_PAGE);
  const ticker = setInterval(() => void housekeeping().catch((err: unknown) => log.error({ err }, 'housekeeping failed')), options.tickMs ?? 15_000);
  ticker.unref();
  // Entries another instance appended (or that this one missed) reach live notices and feed caches
  // through the change log: at once when PostgreSQL announces them, and every few seconds anyway.
  const catchUp = () => void deps.changes.catchUp().catch((err: unknown) => log.error({ err }, 'reading the change log failed'));
  const poller = setInterval(catchUp, options.catchUpMs ?? CATCH_UP_MS);
  poller.unref();
  const listener = database.postgresUrl
    ? await listenForChanges(database.postgresUrl, {
        channels: { [CHANGE_CHANNEL]: catchUp, [NUDGE_CHANNEL]: (group) => void noticeFanOutOf(deps).nudgeHere(group).catch(() => {}) },
        listening: catchUp,
        onError: (err) => log.warn({ err }, 'change notices: connection lost, reconnecting'),
      })
    : null;

  const url = `http://${!options.host || options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`;
  // Without a configured public address (development), phones are sent to the hub's own address.
  deps.settings.publicUrl ??= url;

  return {
    url,
    port,
    deps,
    requestsInFlight: () => [...inFlight.values()].reduce((sum, n) => sum + Math.max(0, n), 0),
    database,
    /** Stops taking requests, lets those in flight finish (10 s at most), ends live streams, closes the database. */
    async close() {
      if (closing) return;
      closing = true;
      clearInterval(ticker);
      clearInterval(poller);
      await listener?.close();
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const res of streams) res.end();
      // Keep-alive sockets turn idle as their last response finishes; close each as soon as it does.
      const sweeper = setInterval(closeIdle, 25);
      closeIdle();
      const timeout = setTimeout(() => server.closeAllConnections(), 10_000);
      await done;
      clearInterval(sweeper);
      clearTimeout(timeout);
      await database.close();
      releaseLock();
    },
  };
}

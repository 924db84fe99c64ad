import type { IncomingMessage, ServerResponse } from 'node:http';
import { sql } from 'kysely';
import { engineOf } from './db/dialect';
import type { ChangeNotice } from '../../shared/sync';
import type { HubDeps } from './context-types';
import type { ChangeEvent } from './data/change-log';
import type { LoginLimits } from './data/session-store';
import { hearsChange, kioskData, userData, type NoticeGroup } from './data/scope';
import { locationLayersOf, type LocationLayers } from './data/location-layers';
import { perHub } from './data/per-hub';
import { bearerToken, resolvePrincipal } from './context';

export interface NoticeSubscriber {
  /** The newest sequence this subscriber's group heard of. */
  notify(seq: number): void;
  /** Keeps an idle stream alive (every PING_MS); streams that tRPC runs ping themselves. */
  ping?(): void;
}

/** What a live notice says; the tRPC procedure and the stream below both send this. */
export function changeNotice(seq: number, databaseId: string): ChangeNotice {
  return { seq, databaseId };
}

/** As tRPC's SSE (trpc.ts: ping every 10 s, clients reconnect after 25 s of silence). */
const PING_MS = 10_000;
const RECONNECT_AFTER_INACTIVITY_MS = 25_000;

/** Subscribers told per turn of the event loop: requests (the first pulls) are served between slices. */
const SLICE = 1_000;

interface Group {
  group: NoticeGroup;
  subscribers: Set<NoticeSubscriber>;
}

/**
 * The hub side of live notices. Subscribers are grouped by what they may hear (a kiosk's location,
 * an admin's tenant); committed changes are collected and, once the change log has settled them
 * (feed pages made again) and after the writing request's turn, each group's scope is decided
 * once per batch of changes, then its subscribers are told the newest sequence. Nothing here
 * reads the database per subscriber, and the writer never waits for it.
 */
export class NoticeFanOut {
  private readonly groups = new Map<string, Group>();
  private readonly layers: LocationLayers;
  private pending: ChangeEvent[] = [];
  private queue: { subscribers: NoticeSubscriber[]; seq: number }[] = [];
  private scheduled = false;
  private readonly pinger: NodeJS.Timeout;

  constructor(private readonly deps: Pick<HubDeps, 'db' | 'reads' | 'changes'>) {
    this.layers = locationLayersOf(deps);
    // Entries of every hub instance arrive here: the change log reads them from the database.
    deps.changes.onChange((e) => this.pending.push(e));
    // Sent once the batch is settled: the writer has been answered first and the feed pages are made.
    deps.changes.onSettled(() => this.schedule());
    // One timer for every stream, not one per stream.
    this.pinger = setInterval(() => {
      for (const g of this.groups.values()) for (const s of g.subscribers) s.ping?.();
    }, PING_MS);
    this.pinger.unref();
  }

  subscribe(group: NoticeGroup, subscriber: NoticeSubscriber): () => void {
    const key = groupKey(group);
    let entry = this.groups.get(key);
    if (!entry) this.groups.set(key, (entry = { group, subscribers: new Set() }));
    entry.subscribers.add(subscriber);
    return () => {
      entry.subscribers.delete(subscriber);
      if (!entry.subscribers.size && this.groups.get(key) === entry) this.groups.delete(key);
    };
  }

  /**
   * Tells one group's subscribers, on every hub instance, to look now though no content changed
   * (the hub has orders for a kiosk: identify, screen hours): they hear the newest sequence, pull nothing new, and ask for
   * what is theirs with their own token. On PostgreSQL the nudge goes out as a NOTIFY naming the
   * group, which every instance (this one too) hears and passes to its own subscribers.
   */
  async nudge(group: NoticeGroup): Promise<void> {
    if (engineOf(this.deps.db) === 'postgres') await sql`SELECT pg_notify(${NUDGE_CHANNEL}, ${groupKey(group)})`.execute(this.deps.db);
    else await this.nudgeHere(groupKey(group));
  }

  /** A nudge for the group `key` names, from this instance or another: this instance's subscribers hear it. */
  async nudgeHere(key: string): Promise<void> {
    const entry = this.groups.get(key);
    if (!entry) return;
    const seq = await this.deps.changes.latestSeq();
    for (const s of entry.subscribers) s.notify(seq);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => void this.run());
  }

  private async run(): Promise<void> {
    const events = this.pending;
    this.pending = [];
    for (const { group, subscribers } of [...this.groups.values()]) {
      let seq = 0;
      for (const e of events) if (e.seq > seq && (await hearsChange(this.layers, group, e).catch(() => false))) seq = e.seq;
      if (seq) this.queue.push({ subscribers: [...subscribers], seq });
    }
    this.scheduled = false;
    let budget = SLICE;
    while (this.queue.length && budget > 0) {
      const batch = this.queue[0]!;
      const now = batch.subscribers.splice(0, budget);
      budget -= now.length;
      for (const s of now) s.notify(batch.seq);
      if (!batch.subscribers.length) this.queue.shift();
    }
    if (this.queue.length || this.pending.length) this.schedule();
  }
}

/** The PostgreSQL channel nudges travel on between instances; the payload is the group's key. */
export const NUDGE_CHANNEL = 'wegwijs_nudges';

const groupKey = (group: NoticeGroup) => `${group.kind}:${group.id}`;

export const noticeFanOutOf = perHub((deps: Pick<HubDeps, 'db' | 'reads' | 'changes'>) => new NoticeFanOut(deps));

const SSE_HEADERS = {
  'content-type': 'text/event-stream',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
};

/**
 * GET /trpc/sync.onChange for a signed-in console or a paired kiosk: the live notices as tRPC's
 * SSE stream (the same events `httpSubscriptionLink` reads: connected, data, ping), written
 * straight to the socket. A stream is a socket and one small subscriber, no per-stream promise
 * chain or timer: 5,000 kiosks cost the hub megabytes, not hundreds of them. Returns false when
 * the caller may not subscribe: tRPC then answers with its error, the one way it always does.
 */
export async function serveNoticeStream(deps: HubDeps, limits: LoginLimits, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== 'GET') return false;
  const principal = await resolvePrincipal(deps, limits, bearerToken(req.headers.authorization));
  if (principal?.kind !== 'user' && principal?.kind !== 'kiosk') return false;
  const group = principal.kind === 'user' ? userData(deps, principal).noticeGroup : kioskData(deps, principal).noticeGroup;
  const databaseId = await deps.changes.databaseId();
  if (res.destroyed) return true;
  res.writeHead(200, SSE_HEADERS);
  res.write(`event: connected\ndata: ${JSON.stringify({ reconnectAfterInactivityMs: RECONNECT_AFTER_INACTIVITY_MS })}\n\n`);
  const unsubscribe = noticeFanOutOf(deps).subscribe(group, {
    notify: (seq) => void res.write(`data: ${JSON.stringify(changeNotice(seq, databaseId))}\n\n`),
    ping: () => void res.write('event: ping\ndata: \n\n'),
  });
  res.once('close', unsubscribe);
  return true;
}

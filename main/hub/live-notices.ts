import type { HubDeps } from './context-types';
import type { ChangeEvent } from './data/change-log';
import { hearsChange, type NoticeGroup } from './data/scope';
import { locationLayersOf, type LocationLayers } from './data/location-layers';

export interface NoticeSubscriber {
  /** The newest sequence this subscriber's group heard of. */
  notify(seq: number): void;
}

/** Subscribers woken per turn of the event loop: 5,000 kiosks hear of a change spread over a few turns, not in one burst. */
const SLICE = 250;

interface Group {
  group: NoticeGroup;
  subscribers: Set<NoticeSubscriber>;
}

/**
 * The hub side of live notices. Subscribers are grouped by what they may hear (a kiosk's location,
 * an admin's tenant); committed changes are collected and, after the writing request's turn, each
 * group's scope is decided once per batch of changes, then its subscribers are told the newest
 * sequence. Nothing here reads the database per subscriber, and the writer never waits for it.
 */
export class NoticeFanOut {
  private readonly groups = new Map<string, Group>();
  private readonly layers: LocationLayers;
  private pending: ChangeEvent[] = [];
  private queue: { subscribers: NoticeSubscriber[]; seq: number }[] = [];
  private scheduled = false;

  constructor(deps: Pick<HubDeps, 'db' | 'changes'>) {
    this.layers = locationLayersOf(deps);
    deps.changes.onChange((e) => {
      this.pending.push(e);
      this.schedule();
    });
  }

  subscribe(group: NoticeGroup, subscriber: NoticeSubscriber): () => void {
    const key = `${group.kind}:${group.id}`;
    let entry = this.groups.get(key);
    if (!entry) this.groups.set(key, (entry = { group, subscribers: new Set() }));
    entry.subscribers.add(subscriber);
    return () => {
      entry.subscribers.delete(subscriber);
      if (!entry.subscribers.size && this.groups.get(key) === entry) this.groups.delete(key);
    };
  }

  get subscriberCount(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.subscribers.size;
    return n;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.run());
  }

  private run(): void {
    this.scheduled = false;
    const events = this.pending;
    this.pending = [];
    for (const { group, subscribers } of this.groups.values()) {
      let seq = 0;
      for (const e of events) if (e.seq > seq && hearsChange(this.layers, group, e)) seq = e.seq;
      if (seq) this.queue.push({ subscribers: [...subscribers], seq });
    }
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

const perHub = new WeakMap<HubDeps['changes'], NoticeFanOut>();

export function noticeFanOutOf(deps: Pick<HubDeps, 'db' | 'changes'>): NoticeFanOut {
  let fanOut = perHub.get(deps.changes);
  if (!fanOut) perHub.set(deps.changes, (fanOut = new NoticeFanOut(deps)));
  return fanOut;
}

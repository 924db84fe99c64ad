import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TRPCClientError } from '@trpc/client';
import type { Item, ItemFields, TranslationStatus, TranslationText } from '../../../shared/content';
import { mutationSchema, type Mutation, type MutationInput } from '../../../shared/sync';
import { hubClient, type HubClient } from '../hub-client';
import { pullPages } from '../pull-pages';
import { SingleFlight } from '../single-flight';
import { AdminStore, type ConflictRecord, type StoredSession } from './admin-store';
import { EditorDrafts } from './editor-drafts';
import type { SecretBox } from '../kiosk/kiosk-core';

export type SyncState = 'signed_out' | 'session_expired' | 'syncing' | 'synced' | 'offline';

export interface SyncStatus {
  state: SyncState;
  pending: number;
  conflicts: number;
  lastSyncedAt: string | null;
  lastError: string | null;
  /** Set while the first pull of an empty replica runs, so the console can show progress. */
  firstSync: { items: number; pages: number } | null;
}

export interface AdminCoreOptions {
  dataDir: string;
  /** Fallback polling interval; live notices normally trigger a sync within a second. */
  pollMs?: number;
  /** Seals the session token at rest (Electron: the OS keychain). */
  secrets?: SecretBox;
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export function isNetworkError(err: unknown): boolean {
  if (!(err instanceof TRPCClientError)) return false;
  return !err.data && /fetch failed|ECONNREFUSED|network|socket|terminated/i.test(`${err.message} ${String(err.cause ?? '')}`);
}

function isAuthError(err: unknown): boolean {
  return err instanceof TRPCClientError && err.data?.code === 'UNAUTHORIZED';
}

/**
 * The admin console's desktop core, free of Electron: signs in to a hub, keeps the tenant's
 * layer in a local replica, queues edits in an outbox while the hub is away, pushes them when
 * it is back, and keeps conflicts until a person resolves them.
 */
export class AdminCore {
  readonly store: AdminStore;
  /** Unsaved editor edits, kept apart from the replica and outbox. */
  readonly drafts: EditorDrafts;
  private state: SyncState;
  private lastError: string | null = null;
  private firstSync: SyncStatus['firstSync'] = null;
  private readonly sync = new SingleFlight(() => this.syncOnce(), () => this.state !== 'offline' && this.state !== 'session_expired');
  private retry = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private live: { unsubscribe(): void } | null = null;
  private client: HubClient | null = null;

  constructor(private readonly options: AdminCoreOptions) {
    this.store = new AdminStore(join(options.dataDir, 'console.db'), options.secrets);
    this.drafts = new EditorDrafts(options.dataDir);
    this.state = this.store.session() ? 'syncing' : 'signed_out';
  }

  session(): StoredSession | null {
    return this.store.session();
  }

  /** The hub, as the signed-in user. Throws when nobody is signed in. */
  hub(): HubClient {
    const session = this.store.session();
    if (!session) throw new Error('Not signed in');
    this.client ??= hubClient(session.hubUrl, () => this.store.session()?.token ?? null);
    return this.client;
  }

  async signIn(hubUrl: string, email: string, password: string): Promise<StoredSession> {
    const url = hubUrl.replace(/\/+$/, '');
    const session = await hubClient(url).auth.login.mutate({ email, password });
    if (!session.tenant) throw new Error('Operator accounts have no content to edit in the console');
    const stored = { ...session, hubUrl: url };
    this.store.saveSession(stored);
    this.client = null;
    this.state = 'syncing';
    this.start();
    return stored;
  }

  async signOut(): Promise<void> {
    try {
      await this.hub().auth.logout.mutate();
    } catch {
      // Offline sign-out still forgets the token here; the hub expires it on its own.
    }
    this.stopLoops();
    this.store.clearSession();
    this.client = null;
    this.state = 'signed_out';
  }

  /** Starts syncing: now, on every live notice from the hub, and by polling as a fallback. */
  start(): void {
    if (!this.store.session()) return;
    this.stopLoops();
    void this.syncNow();
    this.pollTimer = setInterval(() => void this.syncNow(), this.options.pollMs ?? 30_000);
    this.pollTimer.unref();
    this.subscribe();
  }

  private subscribe(): void {
    this.live?.unsubscribe();
    this.live = this.hub().sync.onChange.subscribe(undefined, {
      onData: () => void this.syncNow(),
      // The SSE link reconnects by itself; polling covers the gap.
      onError: () => {},
    });
  }

  status(): SyncStatus {
    return {
      state: this.state,
      pending: this.store.pendingCount(),
      conflicts: this.store.conflictCount(),
      lastSyncedAt: this.store.lastSyncedAt(),
      lastError: this.lastError,
      firstSync: this.firstSync,
    };
  }

  /** Pushes the outbox, then pulls until current. Calls while one runs fold into one more run. */
  syncNow(): Promise<void> {
    return this.sync.run();
  }

  private async syncOnce(): Promise<void> {
    if (!this.store.session()) return;
    try {
      this.state = 'syncing';
      await this.push();
      await this.pull();
      this.state = 'synced';
      this.lastError = null;
      this.retry = 0;
    } catch (err) {
      this.firstSync = null;
      if (isAuthError(err)) {
        this.state = 'session_expired';
        this.lastError = 'Your session has ended. Sign in again; your unsent changes are kept.';
      } else if (isNetworkError(err)) {
        this.state = 'offline';
        this.lastError = 'The hub cannot be reached. Changes are kept and sent when it is back.';
        this.scheduleRetry();
      } else {
        this.state = 'offline';
        this.lastError = err instanceof Error ? err.message : String(err);
        this.scheduleRetry();
      }
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    const delay = RETRY_MS[Math.min(this.retry++, RETRY_MS.length - 1)]!;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.syncNow();
    }, delay);
    this.retryTimer.unref();
  }

  private async push(): Promise<void> {
    for (;;) {
      const batch = this.store.pending().slice(0, 100);
      if (!batch.length) return;
      const views = new Map(batch.map((e) => [e.itemId, this.store.view(e.itemId)]));
      const { results } = await this.hub().sync.push.mutate({ mutations: batch.map((e) => e.mutation) });
      results.forEach((result, i) => this.store.settle(batch[i]!, result, views.get(batch[i]!.itemId) ?? null));
    }
  }

  private async pull(): Promise<void> {
    if (this.store.cursor() === 0) this.firstSync = { items: 0, pages: 0 };
    await pullPages(
      this.store.cursor(),
      async (since, until) => {
        const page = await this.hub().sync.pull.query({ since, until, limit: 500 });
        if (page.kind !== 'layer') throw new Error('The hub answered with a kiosk feed');
        return page;
      },
      (page) => this.store.applyPull(page, new Date()),
      (p) => {
        if (this.firstSync) this.firstSync = { items: p.items, pages: p.pages };
      },
    );
    this.firstSync = null;
  }

  // --- editing ----------------------------------------------------------------------------

  private queue(input: MutationInput): void {
    this.store.enqueue(mutationSchema.parse(input));
    void this.syncNow();
  }

  create(fields: Partial<ItemFields> & Pick<ItemFields, 'category' | 'kind' | 'sourceLanguage'>, source: TranslationText): string {
    const itemId = randomUUID();
    this.queue({ mutationId: randomUUID(), type: 'item.create', itemId, fields, source });
    return itemId;
  }

  /** The change is based on the hub's last known revision; the hub merges or reports a conflict. */
  update(itemId: string, change: { fields?: Partial<ItemFields>; translations?: Record<string, Partial<TranslationText> & { status?: TranslationStatus }>; minor?: boolean }): void {
    this.queue({ mutationId: randomUUID(), type: 'item.update', itemId, baseRevision: this.baseRevision(itemId), ...change });
  }

  remove(itemId: string): void {
    this.queue({ mutationId: randomUUID(), type: 'item.delete', itemId, baseRevision: this.baseRevision(itemId) });
  }

  private baseRevision(itemId: string): number {
    // An item created offline will be revision 1 once the hub has it.
    return this.store.serverItem(itemId)?.revision ?? 1;
  }

  /**
   * Ends a conflict: keep the hub's version (drop mine), keep mine (send it again on top of
   * the hub's version), or send a merged version. Nothing is dropped before this call.
   */
  resolveConflict(conflictId: string, choice: 'server' | 'mine' | 'merged', merged?: Item): ConflictRecord {
    const conflict = this.store.conflicts().find((c) => c.id === conflictId);
    if (!conflict) throw new Error('This conflict was already resolved');
    const wanted = choice === 'mine' ? conflict.mine : choice === 'merged' ? merged : null;
    if (wanted) {
      const server = this.store.serverItem(conflict.itemId);
      if (!server) this.queue(recreate(wanted));
      else this.queue(diffAsUpdate(server, wanted));
    }
    this.store.removeConflict(conflictId);
    return conflict;
  }

  stopLoops(): void {
    this.live?.unsubscribe();
    this.live = null;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.pollTimer = this.retryTimer = null;
  }

  async close(): Promise<void> {
    this.stopLoops();
    await this.sync.idle();
    this.store.close();
    this.drafts.close();
  }
}

/** An update that turns the hub's version into `wanted`, based on the hub's current revision. */
export function diffAsUpdate(server: Item, wanted: Item): Mutation {
  const fields: Record<string, unknown> = {};
  for (const key of ['category', 'kind', 'sourceLanguage', 'published', 'validFrom', 'validUntil', 'pinned', 'priority', 'contact', 'links', 'images'] as const) {
    if (JSON.stringify(server[key]) !== JSON.stringify(wanted[key])) fields[key] = wanted[key];
  }
  const translations: Record<string, Record<string, string>> = {};
  for (const [language, t] of Object.entries(wanted.translations)) {
    if (!t) continue;
    const s = server.translations[language as keyof typeof server.translations];
    const change: Record<string, string> = {};
    for (const f of ['title', 'summary', 'body', 'status'] as const) if (!s || s[f] !== t[f]) change[f] = t[f];
    if (Object.keys(change).length) translations[language] = change;
  }
  return mutationSchema.parse({ mutationId: randomUUID(), type: 'item.update', itemId: server.id, baseRevision: server.revision, fields, translations });
}

function recreate(item: Item): Mutation {
  const { title, summary, body } = item.translations[item.sourceLanguage]!;
  const { category, kind, sourceLanguage, published, validFrom, validUntil, pinned, priority, contact, links, images } = item;
  return mutationSchema.parse({
    mutationId: randomUUID(),
    type: 'item.create',
    itemId: item.id,
    fields: { category, kind, sourceLanguage, published, validFrom, validUntil, pinned, priority, contact, links, images },
    source: { title, summary, body },
  });
}

import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TRPCClientError } from '@trpc/client';
import { ITEM_FIELD_NAMES, type Item, type ItemFields, type TranslationStatus, type TranslationText } from '../../../shared/content';
import { mutationSchema, type Mutation, type MutationInput } from '../../../shared/sync';
import { hubClient, type HubClient } from '../hub-client';
import { pullCurrent } from '../pull-pages';
import { SingleFlight } from '../single-flight';
import type { LanguageCode } from '../../../shared/languages';
import { Retry, Soon } from '../retry';
import { HubClock } from '../hub-clock';
import { AdminStore, type ConflictRecord, type StoredSession } from './admin-store';
import { isBlocked, planImport, type ImportPlan, type UploadedFile } from './translation-import';
import { exportFiles, needsTranslation, type ExportResult, type XliffVersion } from './xliff-files';
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
  /** How far the hub's clock is ahead of this computer's (ms), as learned from its last answer. */
  clockOffsetMs: number;
}

export interface AdminCoreOptions {
  dataDir: string;
  /** Fallback polling interval; live notices normally trigger a sync within a second. */
  pollMs?: number;
  /** Seals the session token at rest (Electron: the OS keychain). */
  secrets?: SecretBox;
}

export function isNetworkError(err: unknown): boolean {
  if (!(err instanceof TRPCClientError)) return false;
  return !err.data && /fetch failed|ECONNREFUSED|network|socket|terminated/i.test(`${err.message} ${String(err.cause ?? '')}`);
}

/** The request never left this machine (no connection, no name): the hub cannot have applied it. */
function neverSent(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    if (/^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH)$/.test(String((e as { code?: unknown }).code))) return true;
  }
  return false;
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
  private readonly retry = new Retry(() => void this.syncNow());
  private readonly afterReconnect = new Soon(() => void this.syncNow());
  private readonly clock = new HubClock();
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

  /** The hub's time: whether an item is published or scheduled is the hub's clock's call. */
  now(): Date {
    return this.clock.now();
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
      // Every (re)connect: changes may have passed while the stream was down, so sync from the cursor.
      onStarted: () => this.afterReconnect.schedule(),
      onData: () => void this.syncNow(),
      // The SSE link reconnects by itself; retries and polling cover the gap.
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
      clockOffsetMs: this.clock.offset(),
    };
  }

  /** Pulls, pushes the outbox, and pulls again after a push. Calls while one runs fold into one more run. */
  syncNow(): Promise<void> {
    return this.sync.run();
  }

  private async syncOnce(): Promise<void> {
    if (!this.store.session()) return;
    try {
      this.state = 'syncing';
      // Pulling first learns whether the hub's database was replaced, so waiting changes are
      // rebased on the restored revisions before they are sent.
      await this.pull();
      if (await this.push()) await this.pull();
      this.state = 'synced';
      this.lastError = null;
      this.retry.succeeded();
    } catch (err) {
      this.firstSync = null;
      if (isAuthError(err)) {
        this.state = 'session_expired';
        this.lastError = 'Your session has ended. Sign in again; your unsent changes are kept.';
      } else if (isNetworkError(err)) {
        this.state = 'offline';
        this.lastError = 'The hub cannot be reached. Changes are kept and sent when it is back.';
        this.retry.failed();
      } else {
        this.state = 'offline';
        this.lastError = err instanceof Error ? err.message : String(err);
        this.retry.failed();
      }
    }
  }

  /** Sends the oldest waiting change of each item, marked as sent first; settles each with its answer. */
  private async push(): Promise<boolean> {
    for (let sent = false; ; sent = true) {
      const batch = this.store.nextBatch(100);
      if (!batch.length) return sent;
      const views = new Map(batch.map((e) => [e.itemId, this.store.view(e.itemId)]));
      this.store.markSent(batch, true);
      let answer;
      try {
        answer = await this.hub().sync.push.mutate({ mutations: batch.map((e) => e.mutation) });
      } catch (err) {
        if (neverSent(err)) this.store.markSent(batch, false);
        throw err;
      }
      const { results } = answer;
      results.forEach((result, i) => this.store.settle(batch[i]!, result, views.get(batch[i]!.itemId) ?? null));
    }
  }

  private async pull(): Promise<void> {
    if (this.store.cursor() === 0) this.firstSync = { items: 0, pages: 0 };
    await pullCurrent(
      this.store,
      async (since, until) => {
        const sentAt = Date.now();
        const page = await this.hub().sync.pull.query({ since, until, limit: 500 });
        if (page.kind !== 'layer') throw new Error('The hub answered with a kiosk feed');
        this.clock.learn(page.hubTime, sentAt, Date.now());
        return page;
      },
      (p) => {
        if (this.firstSync) this.firstSync = { items: p.items, pages: p.pages };
      },
    );
    this.firstSync = null;
  }

  // --- editing ----------------------------------------------------------------------------

  private queue(input: MutationInput | Mutation): void {
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

  // --- translation agencies ---------------------------------------------------------------

  private tenant() {
    const tenant = this.store.session()?.tenant;
    if (!tenant) throw new Error('Not signed in');
    return tenant;
  }

  /** The chosen items, or else every item whose translation into `target` is missing or outdated. */
  exportForTranslation(target: LanguageCode, itemIds: string[] | null, version: XliffVersion, zip: boolean): Promise<ExportResult> {
    const items = itemIds ? itemIds.map((id) => this.store.view(id)).filter((i) => i !== null) : this.store.views().filter((i) => needsTranslation(i, target));
    return exportFiles(items, this.tenant(), target, version, zip, new Date());
  }

  planTranslationImport(files: UploadedFile[]): Promise<ImportPlan> {
    return planImport(files, this.tenant().id, (id) => this.store.view(id));
  }

  /**
   * Queues the agency's translations through the outbox like any edit, all or none. The plan is
   * made again here, so files checked in the dialog cannot change in between.
   */
  async importTranslations(files: UploadedFile[], status: 'draft' | 'current'): Promise<ImportPlan> {
    const plan = await this.planTranslationImport(files);
    if (isBlocked(plan)) return plan;
    this.store.enqueueAll(
      plan.changes.map((c) =>
        mutationSchema.parse({
          mutationId: randomUUID(),
          type: 'item.update',
          itemId: c.itemId,
          baseRevision: this.baseRevision(c.itemId),
          translations: { [c.language]: { ...c.after, status } },
          importedFrom: c.file.slice(-200),
        }),
      ),
    );
    void this.syncNow();
    return plan;
  }

  /**
   * Ends a conflict: keep the hub's version (drop mine), keep mine, or send a merged version.
   * Only the fields this console changed (or chose) are sent, on top of the hub's current
   * version, so other editors' unrelated changes survive. Keeping mine of an item someone
   * deleted meanwhile recreates it under a new id (the old one stays taken by the deletion).
   * Nothing is dropped before this call.
   */
  resolveConflict(conflictId: string, choice: 'server' | 'mine' | 'merged', merged?: Item): ConflictRecord {
    const conflict = this.store.conflicts().find((c) => c.id === conflictId);
    if (!conflict) throw new Error('This conflict was already resolved');
    const server = this.store.serverItem(conflict.itemId);
    const wanted = choice === 'mine' ? conflict.mine : choice === 'merged' ? (merged ?? null) : null;
    if (wanted && !server) {
      recreate(wanted).forEach((m) => this.queue(m));
    } else if (wanted && server) {
      const m = conflict.mutation;
      if (choice === 'mine' && m.type !== 'item.create') this.queue({ ...m, mutationId: randomUUID(), baseRevision: server.revision });
      else this.queue(diffAsUpdate(conflict.server ?? server, wanted, server.revision));
    }
    this.store.removeConflict(conflictId);
    return conflict;
  }

  stopLoops(): void {
    this.live?.unsubscribe();
    this.live = null;
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = null;
    this.afterReconnect.cancel();
    this.retry.cancel();
  }

  async close(): Promise<void> {
    this.stopLoops();
    await this.sync.idle();
    this.store.close();
    this.drafts.close();
  }
}

/** An update setting every field where `wanted` differs from `from`, based on the hub's revision `baseRevision`. */
function diffAsUpdate(from: Item, wanted: Item, baseRevision: number): Mutation {
  const fields: Record<string, unknown> = {};
  for (const key of ITEM_FIELD_NAMES) {
    if (JSON.stringify(from[key]) !== JSON.stringify(wanted[key])) fields[key] = wanted[key];
  }
  const translations: Record<string, Record<string, string>> = {};
  for (const [language, t] of Object.entries(wanted.translations)) {
    if (!t) continue;
    const s = from.translations[language as keyof typeof from.translations];
    const change: Record<string, string> = {};
    for (const f of ['title', 'summary', 'body', 'status'] as const) if (!s || s[f] !== t[f]) change[f] = t[f];
    if (Object.keys(change).length) translations[language] = change;
  }
  return mutationSchema.parse({ mutationId: randomUUID(), type: 'item.update', itemId: wanted.id, baseRevision, fields, translations });
}

/** An item again under a new id: a create with its source text, then its other translations. */
function recreate(item: Item): Mutation[] {
  const itemId = randomUUID();
  const { title, summary, body } = item.translations[item.sourceLanguage]!;
  const fields = Object.fromEntries(ITEM_FIELD_NAMES.map((k) => [k, item[k]]));
  const create = mutationSchema.parse({ mutationId: randomUUID(), type: 'item.create', itemId, fields, source: { title, summary, body } });
  const others = Object.entries(item.translations).filter(([language, t]) => t && language !== item.sourceLanguage);
  if (!others.length) return [create];
  const translations = Object.fromEntries(others.map(([language, t]) => [language, { title: t!.title, summary: t!.summary, body: t!.body, status: t!.status }]));
  return [create, mutationSchema.parse({ mutationId: randomUUID(), type: 'item.update', itemId, baseRevision: 1, translations })];
}

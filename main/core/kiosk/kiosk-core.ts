import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TRPCClientError } from '@trpc/client';
import type { LanguageCode } from '../../../shared/languages';
import { FROM_KIOSK, phonePaths } from '../../../shared/phone-bundle';
import { hubClient, type HubClient } from '../hub-client';
import type { PublishedItem } from '../../../shared/sync';
import type { KioskFeedback } from '../../../shared/feedback';
import { isScreenOff, type ScreenOrders } from '../../../shared/screen-hours';
import { pullCurrent, type FetchPage } from '../pull-pages';
import { SingleFlight } from '../single-flight';
import { Retry, Soon } from '../retry';
import { HubClock } from '../hub-clock';
import { isNetworkError } from '../admin/admin-core';
import { KioskStore } from './kiosk-store';
import { fetchPublishedPage, HubHttpError } from './published-pull';
import { DEFAULT_KIOSK_SETTINGS, type KioskSettings } from './kiosk-settings';
import { UsageCounts } from './usage-counts';
import { sendUsage } from '../../../shared/usage';
import { SCREENSHOT_MAX_BYTES, type Capture, type ScreenshotAnswer } from '../../../shared/screenshot';

/** Keeps the device token unreadable at rest where the platform can (Electron's safeStorage). */
export interface SecretBox {
  kind: 'os-keychain' | 'plain';
  seal(plain: string): string;
  open(sealed: string): string;
}
export const PLAIN_BOX: SecretBox = { kind: 'plain', seal: (s) => s, open: (s) => s };

export interface KioskLocation {
  id: string;
  name: string;
  municipality: string;
  /** Chosen by the municipality, in order; null (or absent, stored before): the install script's list. */
  languages?: LanguageCode[] | null;
}

export interface KioskState {
  paired: boolean;
  /** Why the kiosk is back on the pairing screen, e.g. its token was revoked. */
  unpairedReason: 'revoked' | null;
  hubUrl: string | null;
  location: KioskLocation | null;
  online: boolean;
  lastSyncAt: string | null;
  contentSeq: number;
  settings: KioskSettings;
  /** Dark now by its screen hours; its name while it identifies itself (else null). */
  screen: { off: boolean; identify: string | null };
}

export interface KioskCoreOptions {
  dataDir: string;
  appVersion: string;
  secrets?: SecretBox;
  settings?: Partial<KioskSettings>;
  pollMs?: number;
  heartbeatMs?: number;
  /** How often the usage counts are sealed into a batch and sent (default 15 minutes). */
  usageMs?: number;
  noticeSpreadMs?: number;
  /** Takes a picture of the kiosk's own window (Electron); absent in the browser preview, which answers "not available". */
  capture?: () => Promise<Capture>;
}

/** Feedback kept while the hub is away: a day of a busy screen, not a growing pile. */
const MAX_KEPT_FEEDBACK = 500;

/**
 * A live notice reaches every kiosk of a location in the same moment; each pulls at a random
 * point within this many ms so thousands of kiosks do not arrive at the hub together.
 */
export const NOTICE_SPREAD_MS = 500;

/**
 * The kiosk's desktop core, free of Electron: pairing, the local store, pulling on start, on
 * live notices and every few minutes, cached images and a heartbeat. With the hub gone it
 * simply keeps what it has; a revoked token wipes the content and returns to pairing.
 */
export class KioskCore {
  readonly store: KioskStore;
  /** Anonymous usage counts, kept in the store until the hub confirms them. */
  readonly usage: UsageCounts;
  readonly settings: KioskSettings;
  private online = false;
  private lastError: string | null = null;
  private started = Date.now();
  private timers: NodeJS.Timeout[] = [];
  private live: { unsubscribe(): void } | null = null;
  private client: HubClient | null = null;
  private readonly sync = new SingleFlight(() => this.syncOnce(), () => this.online);
  private readonly retry = new Retry(() => void this.syncNow());
  private readonly afterReconnect = new Soon(() => void this.syncNow());
  private readonly afterNotice: Soon;
  /** Kept in the store, so a kiosk that starts without the hub still judges validity by the hub's time. */
  private readonly clock: HubClock;

  constructor(private readonly options: KioskCoreOptions) {
    this.store = new KioskStore(join(options.dataDir, 'kiosk.db'));
    this.usage = new UsageCounts(this.store.db);
    this.settings = { ...DEFAULT_KIOSK_SETTINGS, ...options.settings };
    this.clock = new HubClock(Number(this.store.get('clockOffsetMs') ?? 0));
    this.afterNotice = new Soon(() => void this.syncNow(), options.noticeSpreadMs ?? NOTICE_SPREAD_MS);
  }

  /** The hub's time: what decides whether an item is live, whatever this machine's clock says. */
  now(): Date {
    return this.clock.now();
  }

  private token(): string | null {
    const sealed = this.store.get('deviceToken');
    if (!sealed) return null;
    try {
      return (this.options.secrets ?? PLAIN_BOX).open(sealed);
    } catch {
      return null;
    }
  }

  private hub(): HubClient {
    const url = this.store.get('hubUrl');
    if (!url) throw new Error('Not paired');
    this.client ??= hubClient(url, () => this.token());
    return this.client;
  }

  location(): KioskLocation | null {
    const raw = this.store.get('location');
    return raw ? (JSON.parse(raw) as KioskLocation) : null;
  }

  /** What the language screen offers: the location's list when its municipality chose one. */
  private effectiveSettings(): KioskSettings {
    return { ...this.settings, languages: this.location()?.languages ?? this.settings.languages };
  }

  state(): KioskState {
    return {
      paired: this.token() !== null,
      unpairedReason: (this.store.get('unpairedReason') as 'revoked' | null) ?? null,
      hubUrl: this.store.get('hubUrl'),
      location: this.location(),
      online: this.online,
      lastSyncAt: this.store.get('lastSyncAt'),
      contentSeq: this.store.cursor(),
      settings: this.effectiveSettings(),
      screen: this.screen(),
    };
  }

  /** By the hub's clock and the last orders heard (kept, so the hours hold while the hub is away). */
  private screen(): KioskState['screen'] {
    const raw = this.store.get('screenOrders');
    const orders = raw ? (JSON.parse(raw) as ScreenOrders) : null;
    const now = this.now();
    return {
      off: isScreenOff(orders?.hours ?? null, now, orders?.timeZone),
      identify: orders?.identifyUntil && orders.identifyUntil > now.toISOString() ? orders.name : null,
    };
  }

  /** Asks the hub what it wants of this screen (hours, identify): at start, every heartbeat and live notice. */
  async fetchOrders(): Promise<void> {
    if (!this.token()) return;
    try {
      const orders = await this.hub().device.orders.query();
      this.store.set('screenOrders', JSON.stringify(orders));
      if (orders.screenshotRequestedAt) await this.answerScreenshot(orders.screenshotRequestedAt);
    } catch {
      // Unreachable: the orders heard last still hold.
    }
  }

  private screenshotInFlight: string | null = null;

  /** Captures this screen once per request and sends it (or why not); a failed send is tried again with the next orders. */
  private async answerScreenshot(requestedAt: string): Promise<void> {
    if (this.screenshotInFlight === requestedAt) return;
    this.screenshotInFlight = requestedAt;
    try {
      await this.hub().device.screenshot.mutate(await this.takeScreenshot(requestedAt));
    } catch (err) {
      // Refused for good (not an image the hub takes): say so, so the console does not wait in vain.
      if (!(err instanceof TRPCClientError) || !err.data?.code) throw err;
      await this.hub().device.screenshot.mutate({ outcome: 'failed', requestedAt });
    } finally {
      this.screenshotInFlight = null;
    }
  }

  private async takeScreenshot(requestedAt: string): Promise<ScreenshotAnswer> {
    if (!this.options.capture) return { outcome: 'unavailable', requestedAt };
    try {
      const { contentType, bytes } = await this.options.capture();
      if (bytes.length > SCREENSHOT_MAX_BYTES) return { outcome: 'too_large', requestedAt };
      return { outcome: 'taken', requestedAt, contentType, dataBase64: bytes.toString('base64') };
    } catch {
      return { outcome: 'failed', requestedAt };
    }
  }

  /** Binds this device to a location with a one-time code from the admin console. */
  async pair(hubUrl: string, code: string): Promise<KioskState> {
    const url = hubUrl.replace(/\/+$/, '');
    const result = await hubClient(url).device.pair.mutate({ code });
    this.stop();
    this.store.clearContent();
    this.store.set('hubUrl', url);
    this.store.set('deviceToken', (this.options.secrets ?? PLAIN_BOX).seal(result.deviceToken));
    this.store.set('unpairedReason', null);
    this.client = null;
    await this.refreshLocation();
    this.start();
    await this.syncNow();
    return this.state();
  }

  /**
   * The location's own settings (name, languages) are no item: a change to them is an entry in
   * the location's change log, which reaches this kiosk as a live notice and, in its pull, as an
   * entry under the location's id. Only then (and once after each start) is the location read again.
   */
  private locationStale = true;

  private async refreshLocation(): Promise<void> {
    const info = await this.hub().device.info.query();
    this.store.set('location', JSON.stringify(info.location));
    this.store.set('publicUrl', info.publicUrl);
    this.locationStale = false;
  }

  start(): void {
    if (!this.token()) return;
    this.stop();
    this.locationStale = true;
    void this.syncNow();
    void this.heartbeat();
    this.timers.push(setInterval(() => void this.syncNow(), this.options.pollMs ?? 120_000));
    this.timers.push(setInterval(() => void this.heartbeat(), this.options.heartbeatMs ?? 60_000));
    this.timers.push(setInterval(() => void this.sendUsage(), this.options.usageMs ?? 15 * 60_000));
    for (const t of this.timers) t.unref();
    // Offline start never waits for the live channel: content is already on screen from the store.
    this.live = this.hub().sync.onChange.subscribe(undefined, {
      // Every (re)connect: changes may have passed while the stream was down, so pull from the cursor.
      onStarted: () => this.afterReconnect.schedule(),
      onData: (notice) => {
        if (notice.seq > this.store.cursor() || notice.databaseId !== this.store.databaseId()) this.afterNotice.schedule();
        // A notice without new content may be the hub's nudge: it has orders for this screen.
        void this.fetchOrders();
      },
      onError: () => {},
    });
  }

  syncNow(): Promise<void> {
    return this.sync.run();
  }

  private async syncOnce(): Promise<void> {
    if (!this.token()) return;
    try {
      await pullCurrent(this.store, this.fetchPage(this.store.get('hubUrl')!, this.token()!));
      if (this.locationStale) await this.refreshLocation();
      this.store.set('clockOffsetMs', String(this.clock.offset()));
      this.online = true;
      this.lastError = null;
      this.retry.succeeded();
      await this.cacheImages();
    } catch (err) {
      this.online = false;
      const revoked = (err instanceof HubHttpError && err.status === 401) || (err instanceof TRPCClientError && err.data?.code === 'UNAUTHORIZED');
      if (revoked) return this.unpair('revoked');
      this.lastError = isNetworkError(err) || err instanceof TypeError ? 'hub unreachable' : err instanceof Error ? err.message : String(err);
      this.retry.failed();
    }
  }

  /** Pages of the bulk pull; each answer also tells the hub's time. */
  private fetchPage(hubUrl: string, token: string): FetchPage<PublishedItem> {
    return async (since, until) => {
      const sentAt = Date.now();
      const page = await fetchPublishedPage(hubUrl, token, { since, until, limit: 500 });
      this.clock.learn(page.hubTime, sentAt, Date.now());
      if (page.tombstones.some((t) => t.id === this.location()?.id)) this.locationStale = true;
      return page;
    };
  }

  /** A revoked device stops showing content at once and waits for a new pairing code. */
  private unpair(reason: 'revoked'): void {
    this.stop();
    this.store.clearContent();
    this.store.set('deviceToken', null);
    this.store.set('location', null);
    this.store.set('unpairedReason', reason);
    this.store.set('screenOrders', null);
    this.client = null;
  }

  private async cacheImages(): Promise<void> {
    const url = this.store.get('hubUrl');
    const token = this.token();
    if (!url || !token) return;
    const cached = this.store.mediaIds();
    const wanted = this.store.wantedMediaIds();
    for (const id of wanted) {
      if (cached.has(id)) continue;
      const res = await fetch(`${url}/media/${id}`, { headers: { authorization: `Bearer ${token}` } });
      if (res.ok) this.store.saveMedia(id, res.headers.get('content-type') ?? 'application/octet-stream', Buffer.from(await res.arrayBuffer()));
    }
    this.store.pruneMedia();
  }

  async heartbeat(): Promise<void> {
    if (!this.token()) return;
    try {
      const sentAt = Date.now();
      const answer = await this.hub().device.heartbeat.mutate({
        appVersion: this.options.appVersion,
        contentSeq: this.store.cursor(),
        uptimeSeconds: Math.round((Date.now() - this.started) / 1000),
        lastError: this.lastError,
        languages: this.effectiveSettings().languages,
        clock: new Date().toISOString(),
        orientation: this.settings.orientation,
      });
      // A pull of unchanged content may be a prepared page stamped earlier: the heartbeat's time is fresh.
      this.clock.learn(answer.serverTime, sentAt, Date.now());
      this.store.set('clockOffsetMs', String(this.clock.offset()));
      this.store.set('publicUrl', answer.publicUrl);
      await this.fetchOrders();
      await this.sendKeptFeedback();
    } catch (err) {
      if (err instanceof TRPCClientError && err.data?.code === 'UNAUTHORIZED') this.unpair('revoked');
    }
  }

  /** Sends the usage counts; what the hub did not confirm stays for the next try. Gives the batches confirmed. */
  async sendUsage(): Promise<number> {
    if (!this.token()) return 0;
    const hub = this.hub();
    try {
      return await sendUsage(this.usage, (batch) => hub.usage.kioskBatch.mutate(batch));
    } catch {
      return 0;
    }
  }

  /**
   * A worker's feedback on an article, sent to the hub; while the hub cannot be reached it is kept
   * in the store and sent with the next heartbeat. Nothing identifies the worker.
   */
  async sendFeedback(feedback: KioskFeedback): Promise<'sent' | 'kept'> {
    const id = randomUUID();
    this.setKeptFeedback([...this.keptFeedback(), { id, feedback }].slice(-MAX_KEPT_FEEDBACK));
    await this.sendKeptFeedback();
    return this.keptFeedback().some((k) => k.id === id) ? 'kept' : 'sent';
  }

  private keptFeedback(): { id: string; feedback: KioskFeedback }[] {
    return JSON.parse(this.store.get('keptFeedback') ?? '[]') as { id: string; feedback: KioskFeedback }[];
  }

  private setKeptFeedback(list: { id: string; feedback: KioskFeedback }[]): void {
    this.store.set('keptFeedback', list.length ? JSON.stringify(list) : null);
  }

  private async sendKeptFeedback(): Promise<void> {
    if (!this.token()) return;
    for (const { id, feedback } of this.keptFeedback()) {
      try {
        await this.hub().feedback.fromKiosk.mutate(feedback);
      } catch (err) {
        // Refused for good (the item is gone, a limit): let it go. The hub unreachable: keep it for later.
        if (!(err instanceof TRPCClientError) || !err.data?.code) return;
      }
      this.setKeptFeedback(this.keptFeedback().filter((k) => k.id !== id));
    }
  }

  /**
   * The URL a phone opens from the home QR code (the phone app at this location, in the chosen
   * language) or from an article's (that article inside the app). Always built from the public
   * address the hub announces, never from the address this kiosk was paired with. `from=kiosk`
   * lets the app count that it was opened from a kiosk (which kiosk is not said).
   */
  phoneAppUrl(language: LanguageCode, itemId?: string): string | null {
    const base = this.store.get('publicUrl');
    const location = this.location();
    if (!base || !location) return null;
    return base + (itemId ? phonePaths.item(location.id, itemId, language) : phonePaths.app(location.id, language)) + `&${FROM_KIOSK}`;
  }

  stop(): void {
    this.retry.cancel();
    this.afterReconnect.cancel();
    this.afterNotice.cancel();
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    this.live?.unsubscribe();
    this.live = null;
  }

  async close(): Promise<void> {
    this.stop();
    await this.sync.idle();
    this.store.close();
  }
}

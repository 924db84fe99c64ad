/**
 * When an update may be installed. Pure decisions; the updater wiring only asks them.
 * Kiosks install inside a quiet window (default 03:00–05:00 local time) and never while
 * someone is using the screen; admin consoles offer a restart and let the person choose.
 */
export interface QuietWindow {
  start: string; // "HH:MM", local time
  end: string;
}
export const DEFAULT_QUIET_WINDOW: QuietWindow = { start: '03:00', end: '05:00' };
export const UPDATE_CHANNELS = ['stable', 'beta'] as const;
export type UpdateChannel = (typeof UPDATE_CHANNELS)[number];

function minutes(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new Error(`Not a time of day: "${hhmm}" (use HH:MM)`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Whether local time `now` is inside the window; a window may run past midnight (23:00–01:00). */
export function isInQuietWindow(now: Date, window: QuietWindow = DEFAULT_QUIET_WINDOW): boolean {
  const t = now.getHours() * 60 + now.getMinutes();
  const start = minutes(window.start);
  const end = minutes(window.end);
  return start <= end ? t >= start && t < end : t >= start || t < end;
}

export interface KioskInstallInput {
  now: Date;
  window?: QuietWindow;
  /** When a person last touched the screen (ms since epoch), or null if never. */
  lastTouchAt: number | null;
  /** How long the screen must have been untouched; someone reading must not lose the page. */
  untouchedMs?: number;
  updateDownloaded: boolean;
  isPackaged: boolean;
}

export function mayInstallOnKiosk(input: KioskInstallInput): boolean {
  if (!input.updateDownloaded || !input.isPackaged) return false;
  if (!isInQuietWindow(input.now, input.window)) return false;
  const untouched = input.lastTouchAt === null ? Infinity : input.now.getTime() - input.lastTouchAt;
  return untouched >= (input.untouchedMs ?? 10 * 60_000);
}

/**
 * Staged rollout by site: every kiosk of one location falls in the same bucket (0–99), so a
 * bad release reaches whole sites, not a random half of each, and is easy to spot and pull.
 */
export function rolloutBucket(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % 100;
}

export function isWithinRollout(stagingPercentage: number | undefined, key: string): boolean {
  if (stagingPercentage === undefined || stagingPercentage >= 100) return true;
  return rolloutBucket(key) < Math.max(0, stagingPercentage);
}

export function parseChannel(value: string | undefined): UpdateChannel {
  if (value === undefined) return 'stable';
  if ((UPDATE_CHANNELS as readonly string[]).includes(value)) return value as UpdateChannel;
  throw new Error(`Update channel must be one of ${UPDATE_CHANNELS.join(', ')}, not "${value}"`);
}

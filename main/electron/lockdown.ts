/**
 * The kiosk's lock-down decisions as pure functions, so each can be tested without Electron.
 * The Electron entry only wires them to events.
 */

export const APP_SCHEME = 'wegwijs';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/** Navigation stays inside the app's own pages; everything else (http, file, javascript:) is refused. */
export function isAllowedNavigation(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'app';
  } catch {
    return false;
  }
}

export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/**
 * Shortcuts that would close, reload, zoom, open devtools, print or leave the kiosk.
 * Plain typing (letters, digits, Backspace, Enter) stays allowed for search and pairing.
 */
export function isBlockedShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (/^f\d{1,2}$/.test(key)) return true; // F1–F24: help, reload, fullscreen, devtools
  if (input.alt && ['f4', 'tab', 'arrowleft', 'arrowright', 'home', ' ', 'escape'].includes(key)) return true;
  if (input.alt && !mod) return key === 'alt' ? false : true;
  if (mod && ['w', 'q', 'r', 'n', 't', 'p', 's', 'o', 'l', 'j', 'u', 'h', 'f', 'g', 'i', '+', '-', '=', '0', 'tab', 'escape'].includes(key)) return true;
  if (mod && input.shift) return true; // devtools, new windows, reload-ignoring-cache and the like
  if (key === 'meta' || key === 'os' || key === 'contextmenu' || key === 'browserback' || key === 'browserforward' || key === 'browserrefresh') return true;
  if (key === 'escape' && input.shift) return true;
  return false;
}

/** Electron would grant permission requests by default; a kiosk grants none. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/**
 * Watchdog: reload after a renderer crash or hang, but at most `max` times in `windowMs`,
 * so a screen that keeps crashing stops thrashing and shows the failure instead.
 */
export function mayRecover(previous: readonly number[], now: number, max = 3, windowMs = 10 * 60_000): boolean {
  return previous.filter((t) => now - t < windowMs).length < max;
}

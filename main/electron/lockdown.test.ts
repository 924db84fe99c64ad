import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isBlockedShortcut, isPermissionGranted, mayRecover, type KeyInput } from './lockdown';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ type: 'keyDown', key: k, control: false, meta: false, alt: false, shift: false, ...mods });

describe('kiosk lock-down', () => {
  it('allows only the app’s own pages', () => {
    expect(isAllowedNavigation('wegwijs://app/kiosk/index.html')).toBe(true);
    expect(isAllowedNavigation('wegwijs://app/kiosk/index.html#/article/1')).toBe(true);
    for (const url of ['https://example.org', 'file:///etc/passwd', 'javascript:alert(1)', 'wegwijs://evil/x', 'data:text/html,x', 'not a url']) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  it('blocks shortcuts that close, reload, zoom, open devtools or leave', () => {
    for (const input of [
      key('F5'),
      key('F11'),
      key('F12'),
      key('r', { control: true }),
      key('R', { control: true, shift: true }),
      key('w', { control: true }),
      key('q', { meta: true }),
      key('I', { control: true, shift: true }),
      key('+', { control: true }),
      key('-', { control: true }),
      key('0', { control: true }),
      key('F4', { alt: true }),
      key('Tab', { alt: true }),
      key('ArrowLeft', { alt: true }),
      key('Meta'),
      key('BrowserBack'),
      key('p', { control: true }),
    ]) {
      expect(isBlockedShortcut(input), JSON.stringify(input)).toBe(true);
    }
  });

  it('lets typing through for search and pairing', () => {
    for (const input of [key('a'), key('Z', { shift: true }), key('7'), key('Backspace'), key('Enter'), key('ł'), key(' '), key('Escape')]) {
      expect(isBlockedShortcut(input), JSON.stringify(input)).toBe(false);
    }
    expect(isBlockedShortcut({ ...key('r', { control: true }), type: 'keyUp' })).toBe(false);
  });

  it('grants no permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal']) expect(isPermissionGranted(p)).toBe(false);
  });

  it('recovers a crashed screen at most three times in ten minutes', () => {
    const now = 1_000_000_000;
    expect(mayRecover([], now)).toBe(true);
    expect(mayRecover([now - 60_000, now - 30_000], now)).toBe(true);
    expect(mayRecover([now - 60_000, now - 30_000, now - 1_000], now)).toBe(false);
    expect(mayRecover([now - 11 * 60_000, now - 30_000, now - 1_000], now)).toBe(true);
  });

});

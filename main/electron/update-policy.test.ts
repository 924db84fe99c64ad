import { describe, expect, it } from 'vitest';
import { isInQuietWindow, isWithinRollout, mayInstallOnKiosk, parseChannel, rolloutBucket } from './update-policy';

const at = (hh: number, mm = 0) => new Date(2026, 11, 1, hh, mm);

describe('update policy', () => {
  it('knows the quiet window, also across midnight', () => {
    expect(isInQuietWindow(at(3, 0))).toBe(true);
    expect(isInQuietWindow(at(4, 59))).toBe(true);
    expect(isInQuietWindow(at(5, 0))).toBe(false);
    expect(isInQuietWindow(at(2, 59))).toBe(false);
    expect(isInQuietWindow(at(23, 30), { start: '23:00', end: '01:00' })).toBe(true);
    expect(isInQuietWindow(at(0, 30), { start: '23:00', end: '01:00' })).toBe(true);
    expect(isInQuietWindow(at(12, 0), { start: '23:00', end: '01:00' })).toBe(false);
    expect(() => isInQuietWindow(at(3), { start: '3am', end: '05:00' })).toThrow(/HH:MM/);
  });

  it('installs on a kiosk only in the quiet window, when nobody touched it lately', () => {
    const base = { now: at(3, 30), updateDownloaded: true, isPackaged: true };
    expect(mayInstallOnKiosk({ ...base, lastTouchAt: null })).toBe(true);
    expect(mayInstallOnKiosk({ ...base, lastTouchAt: at(3, 0).getTime() })).toBe(true);
    expect(mayInstallOnKiosk({ ...base, lastTouchAt: at(3, 25).getTime() })).toBe(false);
    expect(mayInstallOnKiosk({ ...base, now: at(14), lastTouchAt: null })).toBe(false);
    expect(mayInstallOnKiosk({ ...base, updateDownloaded: false, lastTouchAt: null })).toBe(false);
    expect(mayInstallOnKiosk({ ...base, isPackaged: false, lastTouchAt: null })).toBe(false);
  });

  it('rolls out by site, stably', () => {
    expect(rolloutBucket('location-1')).toBe(rolloutBucket('location-1'));
    expect(isWithinRollout(undefined, 'x')).toBe(true);
    expect(isWithinRollout(0, 'x')).toBe(false);
    expect(isWithinRollout(100, 'x')).toBe(true);
    const inside = Array.from({ length: 1000 }, (_, i) => `site-${i}`).filter((k) => isWithinRollout(25, k)).length;
    expect(inside).toBeGreaterThan(180);
    expect(inside).toBeLessThan(320);
  });

  it('accepts the stable and beta channels only', () => {
    expect(parseChannel(undefined)).toBe('stable');
    expect(parseChannel('beta')).toBe('beta');
    expect(() => parseChannel('nightly')).toThrow(/stable, beta/);
  });
});

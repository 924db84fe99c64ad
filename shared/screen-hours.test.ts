import { describe, expect, it } from 'vitest';
import { isScreenOff, screenHoursSchema } from './screen-hours';

const at = (iso: string) => new Date(iso);

describe('screen hours', () => {
  it('are read on the Dutch wall clock, across midnight and summer time', () => {
    const night = { off: '23:00', on: '06:00' };
    // 22:30 UTC in winter is 23:30 in Amsterdam; in summer 21:30 UTC is 23:30.
    expect(isScreenOff(night, at('2026-11-30T22:30:00Z'))).toBe(true);
    expect(isScreenOff(night, at('2026-11-30T21:59:00Z'))).toBe(false);
    expect(isScreenOff(night, at('2026-07-01T21:30:00Z'))).toBe(true);
    expect(isScreenOff(night, at('2026-12-01T04:59:00Z'))).toBe(true);
    expect(isScreenOff(night, at('2026-12-01T05:00:00Z'))).toBe(false);
    expect(isScreenOff({ off: '12:00', on: '13:00' }, at('2026-11-30T11:30:00Z'))).toBe(true);
    expect(isScreenOff(null, at('2026-11-30T22:30:00Z'))).toBe(false);
  });

  it('refuse times that are not times, naming the field', () => {
    const bad = screenHoursSchema.safeParse({ off: '25:00', on: '6:00' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['off', 'off: a time like 23:00'],
      ['on', 'on: a time like 23:00'],
    ]);
    expect(screenHoursSchema.safeParse({ off: '06:00', on: '06:00' }).error!.issues[0]!.path).toEqual(['on']);
  });
});

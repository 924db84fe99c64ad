import { z } from 'zod';
import { idSchema } from './content';

/** Screen hours are read in the locations' time zone: every location is in the Netherlands. */
export const SCREEN_TIME_ZONE = 'Europe/Amsterdam';

const clockTime = (field: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${field}: a time like 23:00` });

/** When a screen goes dark and when it comes back, e.g. off 23:00, on 06:00 (over midnight). */
export const screenHoursSchema = z
  .object({ off: clockTime('off'), on: clockTime('on') })
  .refine((h) => h.off !== h.on, { error: 'on: must differ from the time the screen goes off', path: ['on'] });
export type ScreenHours = z.infer<typeof screenHoursSchema>;

/** A location's hours (null: always on), or a kiosk's own (null: the location's). */
export const locationScreenHoursInputSchema = z.object({ locationId: idSchema, hours: screenHoursSchema.nullable() });
export const kioskScreenHoursInputSchema = z.object({ kioskId: idSchema, hours: screenHoursSchema.nullable() });

/** "23:05" on the wall clock of the locations, at `at`. */
export function wallClock(at: Date, timeZone = SCREEN_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/** Whether the screen should be dark at `at`; hours that cross midnight (23:00–06:00) work too. */
export function isScreenOff(hours: ScreenHours | null, at: Date, timeZone = SCREEN_TIME_ZONE): boolean {
  if (!hours) return false;
  const now = wallClock(at, timeZone);
  return hours.off < hours.on ? now >= hours.off && now < hours.on : now >= hours.off || now < hours.on;
}

/** What the hub tells a kiosk to do with its screen: the hours that apply to it, and whether to show its name. */
export interface ScreenOrders {
  hours: ScreenHours | null;
  timeZone: string;
  /** Until when the screen shows its name large ("identify"), or null. */
  identifyUntil: string | null;
  name: string;
  /** When the console asked for a screenshot it has not had yet (absent from older hubs). */
  screenshotRequestedAt?: string | null;
}

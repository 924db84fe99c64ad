import type { ContactCard } from './content';
import type { LanguageCode } from './languages';

type OpeningHours = ContactCard['openingHours'][number];

/** 2024-01-01 was a Monday: day 1 (ISO, Monday) to 7 (Sunday) map onto that week. */
const dayDate = (day: number) => new Date(Date.UTC(2024, 0, day));
const timeDate = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(Date.UTC(2024, 0, 1, h ?? 0, m ?? 0));
};

/** Splits sorted days into runs of consecutive days: [1,2,3,5] → [[1,3],[5,5]]. */
export function dayRuns(days: readonly number[]): [number, number][] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && day === last[1] + 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/**
 * Opening hours in the worker's language, written by Intl: "maandag – vrijdag" and "09:00–17:00",
 * "poniedziałek – piątek", "الاثنين – الجمعة". Always a 24-hour clock, as in the Netherlands.
 */
export function formatOpeningHours(hours: readonly OpeningHours[], language: LanguageCode): { days: string; time: string }[] {
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  return hours.map((h) => {
    const runs = dayRuns(h.days).flatMap(([from, to]) =>
      from === to
        ? [weekday.format(dayDate(from))]
        : to === from + 1
          ? [weekday.format(dayDate(from)), weekday.format(dayDate(to))]
          : [`${weekday.format(dayDate(from))} – ${weekday.format(dayDate(to))}`],
    );
    return { days: list.format(runs), time: time.formatRange(timeDate(h.opens), timeDate(h.closes)) };
  });
}

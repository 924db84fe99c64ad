import type { ContactCard } from '../../../../../shared/content';
import type { LanguageCode } from '../../../../../shared/languages';

type OpeningHours = ContactCard['openingHours'][number];

/** Day 1 (Monday, ISO) to 7 (Sunday): 2024-01-01 was a Monday. */
const dayDate = (day: number) => new Date(Date.UTC(2024, 0, day));

/** Opening hours in the worker's language, by Intl: "poniedziałek – piątek" and "09:00–17:00". */
export function openingHoursIn(hours: readonly OpeningHours[], language: LanguageCode): { days: string; time: string }[] {
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  return hours.map((h) => {
    const days = [...new Set(h.days)].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const d of days) {
      const last = runs.at(-1);
      if (last && d === last[1] + 1) last[1] = d;
      else runs.push([d, d]);
    }
    const names = runs.map(([from, to]) =>
      from === to ? weekday.format(dayDate(from)) : `${weekday.format(dayDate(from))} – ${weekday.format(dayDate(to))}`,
    );
    return { days: list.format(names), time: `${h.opens}–${h.closes}` };
  });
}

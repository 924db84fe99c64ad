import type { ShownCount, UsageReport } from '../../../../shared/usage';

/** Every day from `from` to `to`, both included (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10));
  return days;
}

/** The last `n` days up to today, as the page opens with. */
export function lastDays(n: number, today = new Date()): { from: string; to: string } {
  const to = today.toISOString().slice(0, 10);
  const from = new Date(today.getTime() - (n - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

/** A day without any count is 0; a hidden count (under five) stays null, a gap in the chart. */
function perDay<T extends { day: string }>(days: string[], rows: T[], value: (r: T) => ShownCount): (number | null)[] {
  const byDay = new Map(rows.map((r) => [r.day, value(r)]));
  return days.map((d) => (byDay.has(d) ? byDay.get(d)! : 0));
}

/** One line per language over the days of the range. */
export function languageSeries(report: UsageReport, days: string[]): { language: string; data: (number | null)[] }[] {
  const languages = [...new Set(report.languages.map((r) => r.language))];
  return languages.map((language) => ({ language, data: perDay(days, report.languages.filter((r) => r.language === language), (r) => r.count) }));
}

export function sourceSeries(report: UsageReport, days: string[]) {
  return { kiosk: perDay(days, report.sources, (r) => r.kiosk), phone: perDay(days, report.sources, (r) => r.phone) };
}

/** How a count reads on the page and in the export. */
export const showCount = (n: ShownCount): string => (n === null ? '< 5' : String(n));

export interface CsvWords {
  languages: string;
  sources: string;
  topItems: string;
  searches: string;
  kiosk: string;
  phone: string;
  fallback: string;
  qrShown: string;
  appOpened: string;
  readAloud: string;
  feedback: string;
  helpful: string;
  notHelpful: string;
  problems: string;
  languageName: (code: string) => string;
}

/** Exactly what the page shows, one line per figure: what, day, language, item or words, count. */
export function statisticsCsvRows(report: UsageReport, w: CsvWords): string[][] {
  const rows: string[][] = [];
  for (const r of report.languages) rows.push([w.languages, r.day, w.languageName(r.language), '', showCount(r.count)]);
  for (const r of report.sources) {
    rows.push([w.sources, r.day, '', w.kiosk, showCount(r.kiosk)]);
    rows.push([w.sources, r.day, '', w.phone, showCount(r.phone)]);
  }
  for (const r of report.topItems) {
    rows.push([w.topItems, '', w.languageName(r.language), r.title, showCount(r.views)]);
    rows.push([`${w.topItems} · ${w.fallback}`, '', w.languageName(r.language), r.title, showCount(r.fallbackViews)]);
  }
  for (const r of report.searchesWithoutResults) rows.push([w.searches, '', w.languageName(r.language), r.words, showCount(r.count)]);
  if (report.view === 'site') {
    rows.push([w.qrShown, '', '', '', showCount(report.qr.shown)]);
    rows.push([w.appOpened, '', '', '', showCount(report.qr.appOpened)]);
  }
  rows.push([w.readAloud, '', '', '', showCount(report.readAloud)]);
  for (const r of report.feedback) {
    rows.push([`${w.feedback} · ${w.helpful}`, '', '', r.title, showCount(r.helpful)]);
    rows.push([`${w.feedback} · ${w.notHelpful}`, '', '', r.title, showCount(r.notHelpful)]);
    rows.push([`${w.feedback} · ${w.problems}`, '', '', r.title, showCount(r.problems)]);
  }
  return rows;
}

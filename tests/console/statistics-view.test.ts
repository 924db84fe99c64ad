import { describe, expect, it } from 'vitest';
import type { UsageReport } from '../../shared/usage';
import { daysBetween, languageSeries, statisticsCsvRows } from '../../renderer/src/features/statistics/statistics-view';

const report: UsageReport = {
  from: '2026-11-28',
  to: '2026-11-30',
  view: 'site',
  locations: [],
  languages: [
    { day: '2026-11-28', language: 'pl', count: 12 },
    { day: '2026-11-30', language: 'pl', count: null },
  ],
  topItems: [{ itemId: 'i', title: 'Huur betalen', language: 'pl', views: 9, fallbackViews: null }],
  searchesWithoutResults: [{ words: 'kinderbijslag', language: 'pl', count: 6 }],
  sources: [{ day: '2026-11-28', kiosk: 7, phone: null }],
  qr: { shown: 40, appOpened: null },
  readAloud: null,
  feedback: [{ itemId: 'i', title: 'Huur betalen', helpful: 8, notHelpful: null, problems: 5 }],
};
const words = {
  languages: 'Languages',
  sources: 'Views',
  topItems: 'Top',
  searches: 'Searches',
  kiosk: 'Kiosk',
  phone: 'Phone',
  fallback: 'fallback',
  qrShown: 'QR',
  appOpened: 'App',
  readAloud: 'Read aloud',
  feedback: 'Feedback',
  helpful: 'helpful',
  notHelpful: 'not helpful',
  problems: 'problems',
  languageName: (c: string) => (c === 'pl' ? 'Polish' : c),
};

describe('the statistics page’s figures', () => {
  it('chart every day of the range: 0 for a day without counts, a gap for "< 5"', () => {
    const days = daysBetween(report.from, report.to);
    expect(days).toEqual(['2026-11-28', '2026-11-29', '2026-11-30']);
    expect(languageSeries(report, days)).toEqual([{ language: 'pl', data: [12, 0, null] }]);
  });

  it('export exactly what is shown, with "< 5" where the page says so', () => {
    expect(statisticsCsvRows(report, words)).toEqual([
      ['Languages', '2026-11-28', 'Polish', '', '12'],
      ['Languages', '2026-11-30', 'Polish', '', '< 5'],
      ['Views', '2026-11-28', '', 'Kiosk', '7'],
      ['Views', '2026-11-28', '', 'Phone', '< 5'],
      ['Top', '', 'Polish', 'Huur betalen', '9'],
      ['Top · fallback', '', 'Polish', 'Huur betalen', '< 5'],
      ['Searches', '', 'Polish', 'kinderbijslag', '6'],
      ['QR', '', '', '', '40'],
      ['App', '', '', '', '< 5'],
      ['Read aloud', '', '', '', '< 5'],
      ['Feedback · helpful', '', '', 'Huur betalen', '8'],
      ['Feedback · not helpful', '', '', 'Huur betalen', '< 5'],
      ['Feedback · problems', '', '', 'Huur betalen', '5'],
    ]);
  });
});

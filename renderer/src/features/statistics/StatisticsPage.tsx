import { useTranslation } from 'react-i18next';
import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, CircularProgress, Link, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { useQuery } from '@tanstack/react-query';
import { isLanguageCode } from '../../../../shared/languages';
import { daysApart, USAGE_LIMITS, type UsageReport } from '../../../../shared/usage';
import { useTRPC } from '../../trpc';
import { href } from '../../router';
import { readError } from '../../lib/form-errors';
import { useLabels } from '../../components/labels';
import { useLanguage } from '../../i18n';
import { PageHeader } from '../../components/PageHeader';
import { DateInput, DatesProvider } from '../../components/DateTimeFields';
import { auditCsv } from '../audit/audit-csv';
import { daysBetween, languageSeries, lastDays, showCount, sourceSeries, statisticsCsvRows } from './statistics-view';

const CHART_HEIGHT = 300;

/** '#/statistics': what workers read and miss, in the tenant's scope, with counts under five hidden. */
export function StatisticsPage() {
  return (
    <DatesProvider>
      <Statistics />
    </DatesProvider>
  );
}

function Statistics() {
  const trpc = useTRPC();
  const { t } = useTranslation('statistics');
  const labels = useLabels();
  const [range, setRange] = useState(() => lastDays(30));
  const [locationId, setLocationId] = useState<string | null>(null);
  // A year still being typed ("202") is not a range to fetch and draw.
  const valid = range.from !== '' && range.to !== '' && range.from <= range.to && daysApart(range.from, range.to) < USAGE_LIMITS.reportDays;
  const report = useQuery({ ...trpc.usage.report.queryOptions({ ...range, locationId }), enabled: valid });
  const languageName = (code: string) => (isLanguageCode(code) ? labels.language(code) : code);

  const exportCsv = (data: UsageReport) => {
    const csv = auditCsv(
      t('csvHeader'),
      statisticsCsvRows(data, {
        languages: t('languagesTitle'),
        sources: t('sourcesTitle'),
        topItems: t('topItemsTitle'),
        searches: t('searchesTitle'),
        kiosk: t('kiosk'),
        phone: t('phone'),
        fallback: t('fallbackViews'),
        qrShown: t('qrShown'),
        appOpened: t('appOpened'),
        readAloud: t('readAloud'),
        feedback: t('feedbackTitle'),
        helpful: t('helpful'),
        notHelpful: t('notHelpful'),
        problems: t('problems'),
        languageName,
      }),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${t('fileName')}-${data.from}-${data.to}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Stack spacing={3}>
      <PageHeader title={t('title')} intro={t(report.data?.view === 'own-items' ? 'introOwnItems' : 'introSite')}>
        <Button variant="outlined" disabled={!report.data} onClick={() => report.data && exportCsv(report.data)} data-testid="statistics-export" sx={{ flexShrink: 0 }}>
          {t('export')}
        </Button>
      </PageHeader>
      <Alert severity="info" data-testid="small-counts-note">
        {t('smallCounts')}
      </Alert>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <DateInput label={t('from')} value={range.from} onChange={(from) => setRange({ ...range, from })} />
        <DateInput label={t('to')} value={range.to} onChange={(to) => setRange({ ...range, to })} error={!valid} helperText={valid ? undefined : t('badRange')} />
        {(report.data?.locations.length ?? 0) > 0 && (
          <TextField select size="small" label={t('location')} value={locationId ?? ''} onChange={(e) => setLocationId(e.target.value || null)} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }} sx={{ minWidth: 240 }}>
            <MenuItem value="">{t('allLocations')}</MenuItem>
            {report.data!.locations.map((l) => (
              <MenuItem key={l.id} value={l.id}>
                {l.name}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Stack>
      {report.isError && <Alert severity="error">{readError(report.error).message}</Alert>}
      {report.isPending && valid && <CircularProgress aria-label={t('loading')} />}
      {report.data && <Figures report={report.data} languageName={languageName} />}
    </Stack>
  );
}

function Figures({ report, languageName }: { report: UsageReport; languageName: (code: string) => string }) {
  const { t } = useTranslation('statistics');
  const { language } = useLanguage();
  const days = useMemo(() => daysBetween(report.from, report.to), [report.from, report.to]);
  const dayFormat = useMemo(() => new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }), [language]);
  const dayLabel = (d: string) => dayFormat.format(new Date(`${d}T00:00:00Z`));
  // About ten day labels under a chart, whatever the range: the chart's own thinning showed none.
  const step = Math.ceil(days.length / 10);
  const xAxis = { data: days, valueFormatter: dayLabel, tickLabelInterval: (_: string, i: number) => i % step === 0, height: 40 };
  const languages = useMemo(() => languageSeries(report, days), [report, days]);
  const sources = useMemo(() => sourceSeries(report, days), [report, days]);
  const site = report.view === 'site';
  const noData = { noData: t('noData') };

  return (
    <>
      <Section title={t(site ? 'languagesTitle' : 'languagesOwnItemsTitle')} testId="languages-chart" days={days.length}>
        <LineChart
          height={CHART_HEIGHT}
          xAxis={[{ scaleType: 'point', ...xAxis }]}
          skipAnimation
          series={languages.map((s) => ({ data: s.data, label: languageName(s.language), showMark: days.length <= 31, curve: 'linear', valueFormatter: showNullable }))}
          localeText={noData}
        />
      </Section>
      <Section title={t('sourcesTitle')} testId="sources-chart" days={days.length}>
        <BarChart
          height={CHART_HEIGHT}
          xAxis={[{ scaleType: 'band', ...xAxis }]}
          skipAnimation
          series={[
            { data: sources.kiosk, label: t('kiosk'), barLabel: (item) => (days.length <= 31 && item.value ? String(item.value) : null), valueFormatter: showNullable },
            { data: sources.phone, label: t('phone'), barLabel: (item) => (days.length <= 31 && item.value ? String(item.value) : null), valueFormatter: showNullable },
          ]}
          slotProps={{ barLabel: { className: 'bar-count' } }}
          localeText={noData}
        />
      </Section>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {site && <Figure label={t('qrShown')} value={report.qr.shown} />}
        {site && <Figure label={t('appOpened')} value={report.qr.appOpened} />}
        <Figure label={t('readAloud')} value={report.readAloud} />
      </Stack>
      <Section title={t('topItemsTitle')} testId="top-items">
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('topItemsTitle')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('item')}</TableCell>
                <TableCell>{t('language')}</TableCell>
                <TableCell align="right">{t('views')}</TableCell>
                <TableCell align="right">{t('fallbackViews')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.topItems.map((r) => (
                <TableRow key={`${r.itemId}:${r.language}`}>
                  <TableCell>{r.title}</TableCell>
                  <TableCell>{languageName(r.language)}</TableCell>
                  <TableCell align="right">{showCount(r.views)}</TableCell>
                  <TableCell align="right">{showCount(r.fallbackViews)}</TableCell>
                </TableRow>
              ))}
              {report.topItems.length === 0 && <EmptyRow colSpan={4} />}
            </TableBody>
          </Table>
        </TableContainer>
      </Section>
      {site && (
        <Section title={t('searchesTitle')} intro={t('searchesIntro')} testId="searches">
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-label={t('searchesTitle')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('words')}</TableCell>
                  <TableCell>{t('language')}</TableCell>
                  <TableCell align="right">{t('times')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.searchesWithoutResults.map((r) => (
                  <TableRow key={`${r.words}:${r.language}`}>
                    <TableCell dir="auto">{r.words}</TableCell>
                    <TableCell>{languageName(r.language)}</TableCell>
                    <TableCell align="right">{showCount(r.count)}</TableCell>
                  </TableRow>
                ))}
                {report.searchesWithoutResults.length === 0 && <EmptyRow colSpan={3} />}
              </TableBody>
            </Table>
          </TableContainer>
        </Section>
      )}
      <FeedbackPerItem rows={report.feedback} />
    </>
  );
}

const showNullable = (v: number | null) => (v === null ? '< 5' : String(v));

/** Helpful, not helpful and problems per item: a bar chart of the items with the most feedback, and the same figures as a table. */
function FeedbackPerItem({ rows }: { rows: UsageReport['feedback'] }) {
  const { t } = useTranslation('statistics');
  const barLabel = (item: { value: number | null }) => (item.value ? String(item.value) : null);
  return (
    <Section title={t('feedbackTitle')} intro={t('feedbackIntro')} testId="feedback-per-item">
      {rows.length > 0 && (
        <BarChart
          height={80 + rows.length * 48}
          layout="horizontal"
          xAxis={[{ tickMinStep: 1, height: 30 }]}
          yAxis={[{ scaleType: 'band', data: rows.map((r) => r.title), width: 220 }]}
          skipAnimation
          series={[
            { data: rows.map((r) => r.helpful), label: t('helpful'), barLabel, valueFormatter: showNullable },
            { data: rows.map((r) => r.notHelpful), label: t('notHelpful'), barLabel, valueFormatter: showNullable },
            { data: rows.map((r) => r.problems), label: t('problems'), barLabel, valueFormatter: showNullable },
          ]}
          slotProps={{ barLabel: { className: 'feedback-count' } }}
        />
      )}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('feedbackTitle')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('item')}</TableCell>
              <TableCell align="right">{t('helpful')}</TableCell>
              <TableCell align="right">{t('notHelpful')}</TableCell>
              <TableCell align="right">{t('problems')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.itemId}>
                <TableCell>
                  <Link href={href('item', r.itemId)} title={t('openItem')}>
                    {r.title}
                  </Link>
                </TableCell>
                <TableCell align="right">{showCount(r.helpful)}</TableCell>
                <TableCell align="right">{showCount(r.notHelpful)}</TableCell>
                <TableCell align="right">{showCount(r.problems)}</TableCell>
              </TableRow>
            ))}
            {rows.length === 0 && <EmptyRow colSpan={4} />}
          </TableBody>
        </Table>
      </TableContainer>
    </Section>
  );
}

function Section({ title, intro, testId, days, children }: { title: string; intro?: string; testId: string; days?: number; children: ReactNode }) {
  return (
    <Stack spacing={1} component="section" data-testid={testId} data-days={days} aria-label={title}>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      {intro && <Typography color="text.secondary">{intro}</Typography>}
      {children}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: number | null }) {
  return (
    <Paper variant="outlined" sx={{ px: 2, py: 1.5, minWidth: 180 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5" component="p">
        {showCount(value)}
      </Typography>
    </Paper>
  );
}

function EmptyRow({ colSpan }: { colSpan: number }) {
  const { t } = useTranslation('statistics');
  return (
    <TableRow>
      <TableCell colSpan={colSpan} sx={{ color: 'text.secondary' }}>
        {t('noData')}
      </TableCell>
    </TableRow>
  );
}

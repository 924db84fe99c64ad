import { useTranslation } from 'react-i18next';
import { Alert, Box, CircularProgress, Grid, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { href } from '../../router';
import { useLabels, type PublishState } from '../../components/labels';
import { StatCard } from './StatCard';
import { TranslationsTable } from './TranslationsTable';
import { ChangesCard, KiosksCard } from './AttentionCards';
import { PageHeader } from '../../components/PageHeader';

const STATES: { state: PublishState; tone: string }[] = [
  { state: 'published', tone: 'success.main' },
  { state: 'draft', tone: 'text.primary' },
  { state: 'scheduled', tone: 'info.main' },
  { state: 'expired', tone: 'warning.dark' },
];

/** '#/dashboard': items per state, changes waiting, kiosks offline, translations per language. */
export function DashboardPage(_props: { params?: string[] }) {
  const trpc = useTRPC();
  const { t } = useTranslation('dashboard');
  const labels = useLabels();
  const session = useQuery(trpc.session.get.queryOptions());
  const dashboard = useQuery({ ...trpc.dashboard.queryOptions(), refetchInterval: 5_000 });
  const municipality = session.data?.tenant?.kind === 'municipality';

  return (
    <Stack spacing={3}>
      <PageHeader title={t('title')} intro={t('intro', { tenant: session.data?.tenant?.name ?? '' })} />
      {dashboard.isPending && <CircularProgress />}
      {dashboard.isError && <Alert severity="error">{t('loadFailed', { message: dashboard.error.message })}</Alert>}
      {dashboard.data && (
        <>
          <Box component="section" aria-labelledby="dash-items">
            <Typography id="dash-items" variant="h6" component="h2" sx={{ mb: 1 }}>
              {t('items')} <Typography component="span" color="text.secondary">· {t('itemsTotal', { n: dashboard.data.total })}</Typography>
            </Typography>
            <Grid container spacing={2}>
              {STATES.map(({ state, tone }) => (
                <Grid key={state} size={{ xs: 6, md: 3 }}>
                  <StatCard value={dashboard.data.itemsByState[state]} label={labels.state(state)} href={href('content', 'state', state)} tone={tone} testId={`count-${state}`} />
                </Grid>
              ))}
            </Grid>
          </Box>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: municipality ? 6 : 12 }}>
              <ChangesCard />
            </Grid>
            {municipality && (
              <Grid size={{ xs: 12, md: 6 }}>
                <KiosksCard kiosks={dashboard.data.kiosks} />
              </Grid>
            )}
          </Grid>
          <TranslationsTable rows={dashboard.data.translations} offered={dashboard.data.kiosks?.offeredLanguages} />
        </>
      )}
    </Stack>
  );
}

import { useTranslation } from 'react-i18next';
import { Alert, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { ConflictCard } from './ConflictCard';
import { PageHeader } from '../../components/PageHeader';

/** '#/conflicts': changes the hub did not apply, kept until a person decides. */
export function ConflictsPage(_props: { params?: string[] }) {
  const trpc = useTRPC();
  const { t } = useTranslation('conflicts');
  const list = useQuery({ ...trpc.conflicts.list.queryOptions(), refetchInterval: 2_000 });

  return (
    <Stack spacing={3}>
      <PageHeader title={t('title')} intro={t('intro')} />
      {list.isPending && <CircularProgress />}
      {list.isError && <Alert severity="error">{t('loadFailed', { message: list.error.message })}</Alert>}
      {list.data?.length === 0 && (
        <Paper variant="outlined" sx={{ p: 4 }} data-testid="no-conflicts">
          <Typography color="text.secondary">{t('none')}</Typography>
        </Paper>
      )}
      {list.data?.map((change) => (
        <ConflictCard key={change.id} change={change} />
      ))}
    </Stack>
  );
}

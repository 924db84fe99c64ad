import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Alert, Box, Button, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { navigate } from '../../router';
import { useCanManageLocations } from './useCanManageLocations';
import { LocationList } from './LocationList';
import { LocationDetails } from './LocationDetails';
import { LocationFormDialog } from './LocationFormDialog';
import { PageHeader } from '../../components/PageHeader';

/** '#/locations/<id>': the list on the left, the chosen location on the right. */
export function LocationsPage({ params = [] }: { params?: string[] }) {
  const trpc = useTRPC();
  const { t } = useTranslation('locations');
  const { canManage, isEmployer } = useCanManageLocations();
  const locations = useQuery(trpc.locations.list.queryOptions());
  const [creating, setCreating] = useState(false);

  const list = locations.data ?? [];
  const selected = list.find((l) => l.id === params[0]) ?? list[0];

  return (
    <Stack spacing={3}>
      <PageHeader title={t('title')} intro={isEmployer ? t('introEmployer') : canManage ? t('intro') : t('introReadOnly')}>
        {canManage && (
          <Button variant="contained" onClick={() => setCreating(true)} sx={{ flexShrink: 0 }}>
            {t('newLocation')}
          </Button>
        )}
      </PageHeader>

      {locations.isPending && <CircularProgress aria-label="…" />}
      {locations.isError && <Alert severity="error">{t('loadFailed', { message: locations.error.message })}</Alert>}
      {locations.isSuccess && list.length === 0 && (
        <Paper variant="outlined" sx={{ p: 4 }}>
          <Typography color="text.secondary">{isEmployer ? t('noneEmployer') : t('none')}</Typography>
        </Paper>
      )}
      {selected && (
        <Box sx={{ display: 'grid', gridTemplateColumns: '320px minmax(0, 1fr)', gap: 3, alignItems: 'start' }}>
          <LocationList locations={list} selectedId={selected.id} />
          <LocationDetails key={selected.id} location={selected} canManage={canManage && selected.managed} />
        </Box>
      )}

      {creating && (
        <LocationFormDialog
          onClose={() => setCreating(false)}
          onSaved={(location) => {
            setCreating(false);
            navigate('locations', location.id);
          }}
        />
      )}
    </Stack>
  );
}

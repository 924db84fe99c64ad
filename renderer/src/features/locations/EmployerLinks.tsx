import { useTranslation } from 'react-i18next';
import { Alert, Box, Checkbox, Chip, CircularProgress, FormControlLabel, FormGroup, Stack, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { LocationView } from '../../../../shared/admin';
import { useTRPC } from '../../trpc';
import { readError } from '../../lib/form-errors';
import { useLocationCache } from './useLocationCache';

/** Municipality admins tick the employers that show their information here; others see who is linked. */
export function EmployerLinks({ location, canManage }: { location: LocationView; canManage: boolean }) {
  const { t } = useTranslation('locations');
  return (
    <Box component="section" aria-labelledby="employers-heading">
      <Typography variant="h6" component="h3" id="employers-heading">
        {t('employers')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('employersHelp')}
      </Typography>
      {canManage ? (
        <EmployerChecklist location={location} />
      ) : location.employers.length ? (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
          {location.employers.map((e) => (
            <Chip key={e.id} label={e.name} />
          ))}
        </Stack>
      ) : (
        <Typography color="text.secondary">{t('noEmployers')}</Typography>
      )}
    </Box>
  );
}

function EmployerChecklist({ location }: { location: LocationView }) {
  const trpc = useTRPC();
  const { t } = useTranslation('locations');
  const remember = useLocationCache();
  const employers = useQuery(trpc.locations.employers.queryOptions());
  const link = useMutation(trpc.locations.setEmployerLink.mutationOptions({ onSuccess: remember }));
  const linked = new Set(location.employers.map((e) => e.id));

  if (employers.isPending) return <CircularProgress size={24} />;
  if (employers.isError) return <Alert severity="error">{readError(employers.error).message}</Alert>;
  return (
    <>
      {link.isError && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {t('changeFailed', { message: readError(link.error).message })}
        </Alert>
      )}
      <FormGroup sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))' }}>
        {employers.data.map((e) => (
          <FormControlLabel
            key={e.id}
            label={e.name}
            control={
              <Checkbox
                checked={linked.has(e.id)}
                disabled={link.isPending && link.variables?.employerTenantId === e.id}
                onChange={(_, checked) => link.mutate({ locationId: location.id, employerTenantId: e.id, linked: checked })}
              />
            }
          />
        ))}
      </FormGroup>
    </>
  );
}

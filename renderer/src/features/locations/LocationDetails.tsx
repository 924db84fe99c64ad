import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Box, Button, Chip, Divider, Paper, Stack, Typography } from '@mui/material';
import type { LocationView } from '../../../../shared/admin';
import { LocationFormDialog } from './LocationFormDialog';
import { EmployerLinks } from './EmployerLinks';
import { LocationLanguages } from './LocationLanguages';
import { HiddenNationalItems } from './HiddenNationalItems';

/** One location: its facts, its employers and (for its municipality) the national items it hides. */
export function LocationDetails({ location, canManage }: { location: LocationView; canManage: boolean }) {
  const { t } = useTranslation('locations');
  const [editing, setEditing] = useState(false);

  return (
    <Paper variant="outlined" sx={{ p: 3 }} data-testid="location-details">
      <Stack spacing={3}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
            {location.name}
          </Typography>
          <Chip label={t(`kind_${location.kind}`)} />
          {!canManage && <Chip label={t('readOnly')} variant="outlined" data-testid="read-only" />}
          {canManage && (
            <Button variant="outlined" onClick={() => setEditing(true)}>
              {t('edit')}
            </Button>
          )}
        </Stack>

        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
          <Fact label={t('address')} value={location.address || t('noAddress')} muted={!location.address} />
          <Fact label={t('municipality')} value={location.municipality} />
        </Box>

        <Divider />
        <LocationLanguages location={location} canManage={canManage} />

        <Divider />
        <EmployerLinks location={location} canManage={canManage} />

        {location.managed && (
          <>
            <Divider />
            {canManage ? (
              <HiddenNationalItems location={location} />
            ) : (
              <Box>
                <Typography variant="h6" component="h3">
                  {t('hidden')}
                </Typography>
                <Typography color="text.secondary">{t('hiddenCountReadOnly', { n: location.hiddenItemIds.length })}</Typography>
              </Box>
            )}
          </>
        )}
      </Stack>
      {editing && <LocationFormDialog location={location} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </Paper>
  );
}

function Fact({ label, value, muted }: { label: string; value: string; muted?: boolean }) {
  return (
    <>
      <Typography component="dt" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere', color: muted ? 'text.secondary' : 'text.primary', fontStyle: muted ? 'italic' : 'normal' }}>
        {value}
      </Typography>
    </>
  );
}

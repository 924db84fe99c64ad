import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { KioskView, PairingCodeView } from '../../../../shared/admin';
import { useTRPC } from '../../trpc';
import { formErrors } from '../../lib/form-errors';

/** Name a kiosk and choose its location; the hub answers with its first pairing code. */
export function NewKioskDialog({ onClose, onCreated }: { onClose(): void; onCreated(result: { kiosk: KioskView; pairing: PairingCodeView }): void }) {
  const trpc = useTRPC();
  const { t } = useTranslation('kiosks');
  const locations = useQuery(trpc.locations.list.queryOptions());
  const own = (locations.data ?? []).filter((l) => l.managed);
  const [locationId, setLocationId] = useState('');
  const [name, setName] = useState('');
  const create = useMutation(trpc.kiosks.create.mutationOptions({ onSuccess: onCreated }));
  const errors = formErrors(create.error);
  const chosen = locationId || own[0]?.id || '';

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ locationId: chosen, name });
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as object }}>
      <DialogTitle>{t('createTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5}>
          <DialogContentText>{t('createHelp')}</DialogContentText>
          {errors.form && <Alert severity="error">{errors.form}</Alert>}
          <TextField
            select
            label={t('location')}
            value={chosen}
            onChange={(e) => setLocationId(e.target.value)}
            error={!!errors.fields.locationId}
            helperText={errors.fields.locationId}
          >
            {own.map((l) => (
              <MenuItem key={l.id} value={l.id}>
                {l.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('namePlaceholder')}
            error={!!errors.fields.name}
            helperText={errors.fields.name}
            required
            autoFocus
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button type="submit" variant="contained" loading={create.isPending}>
          {t('create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

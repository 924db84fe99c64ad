import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { locationInputSchema, type LocationInput, type LocationView } from '../../../../shared/admin';
import { LOCATION_KINDS } from '../../../../shared/categories';
import { useTRPC } from '../../trpc';
import { formErrors, problemText } from '../../lib/form-errors';
import { useLocationCache } from './useLocationCache';

type Draft = { name: string; kind: LocationInput['kind']; address: string };

/** Create a location, or edit one (`location` given). Each error shows beside its field. */
export function LocationFormDialog({ location, onClose, onSaved }: { location?: LocationView; onClose(): void; onSaved(l: LocationView): void }) {
  const trpc = useTRPC();
  const { t } = useTranslation('locations');
  const remember = useLocationCache();
  const [draft, setDraft] = useState<Draft>({
    name: location?.name ?? '',
    kind: location?.kind ?? 'housing_site',
    address: location?.address ?? '',
  });
  const [checked, setChecked] = useState<Record<string, string>>({});
  const onSuccess = (saved: LocationView) => {
    remember(saved);
    onSaved(saved);
  };
  const create = useMutation(trpc.locations.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.locations.update.mutationOptions({ onSuccess }));
  const pending = create.isPending || update.isPending;

  const server = formErrors(create.error ?? update.error);
  // An update nests the fields under "location"; the form only knows their own names.
  const fieldError = (name: keyof Draft) => checked[name] ?? server.fields[name] ?? server.fields[`location.${name}`];

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = locationInputSchema.safeParse(draft);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= problemText({ path: issue.path.join('.'), code: issue.code });
      setChecked(errors);
      return;
    }
    setChecked({});
    if (location) update.mutate({ locationId: location.id, location: parsed.data });
    else create.mutate(parsed.data);
  }

  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as object }}>
      <DialogTitle>{location ? t('editTitle') : t('createTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          {server.form && <Alert severity="error">{server.form}</Alert>}
          <TextField label={t('name')} value={draft.name} onChange={set('name')} error={!!fieldError('name')} helperText={fieldError('name')} required autoFocus />
          <TextField select label={t('kind')} value={draft.kind} onChange={set('kind')} error={!!fieldError('kind')} helperText={fieldError('kind')}>
            {LOCATION_KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {t(`kind_${k}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField label={t('address')} value={draft.address} onChange={set('address')} error={!!fieldError('address')} helperText={fieldError('address')} />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button type="submit" variant="contained" loading={pending}>
          {location ? t('save') : t('create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { KioskView } from '../../../../shared/admin';
import type { ScreenHours } from '../../../../shared/screen-hours';
import { useTRPC } from '../../trpc';
import { readError } from '../../lib/form-errors';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const NIGHT: ScreenHours = { off: '23:00', on: '06:00' };

interface HoursFields {
  enabled: boolean;
  hours: ScreenHours;
}

type FieldErrors = Partial<Record<'locationOff' | 'locationOn' | 'kioskOff' | 'kioskOn', string>>;

/** Screen hours for a kiosk's location, and this kiosk's own hours over them (Dutch wall-clock times). */
export function ScreenHoursDialog({ kiosk, onClose, onSaved }: { kiosk: KioskView; onClose(): void; onSaved(): void }) {
  const trpc = useTRPC();
  const { t } = useTranslation('kiosks');
  const [location, setLocation] = useState<HoursFields>({ enabled: !!kiosk.locationScreenHours, hours: kiosk.locationScreenHours ?? NIGHT });
  const [own, setOwn] = useState<HoursFields>({ enabled: !!kiosk.screenHours, hours: kiosk.screenHours ?? kiosk.locationScreenHours ?? NIGHT });
  const [errors, setErrors] = useState<FieldErrors>({});
  const setLocationHours = useMutation(trpc.kiosks.setLocationScreenHours.mutationOptions());
  const setKioskHours = useMutation(trpc.kiosks.setScreenHours.mutationOptions());
  const failed = setLocationHours.error ?? setKioskHours.error;

  function check(prefix: 'location' | 'kiosk', fields: HoursFields, found: FieldErrors) {
    if (!fields.enabled) return;
    const { off, on } = fields.hours;
    if (!TIME.test(off)) found[`${prefix}Off`] = t('timeInvalid', { field: t('offAt') });
    if (!TIME.test(on)) found[`${prefix}On`] = t('timeInvalid', { field: t('onAt') });
    else if (off === on) found[`${prefix}On`] = t('timeSame');
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: FieldErrors = {};
    check('location', location, found);
    check('kiosk', own, found);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await setLocationHours.mutateAsync({ locationId: kiosk.locationId, hours: location.enabled ? location.hours : null });
      await setKioskHours.mutateAsync({ kioskId: kiosk.id, hours: own.enabled ? own.hours : null });
      onSaved();
    } catch {
      // Shown below from the mutation's error.
    }
  }

  const times = (prefix: 'location' | 'kiosk', fields: HoursFields, set: (f: HoursFields) => void) => (
    <Stack direction="row" spacing={2} sx={{ pl: 4 }}>
      <TextField
        type="time"
        label={t('offAt')}
        value={fields.hours.off}
        disabled={!fields.enabled}
        onChange={(e) => set({ ...fields, hours: { ...fields.hours, off: e.target.value } })}
        error={!!errors[`${prefix}Off`]}
        helperText={errors[`${prefix}Off`]}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `${prefix}-off` } }}
      />
      <TextField
        type="time"
        label={t('onAt')}
        value={fields.hours.on}
        disabled={!fields.enabled}
        onChange={(e) => set({ ...fields, hours: { ...fields.hours, on: e.target.value } })}
        error={!!errors[`${prefix}On`]}
        helperText={errors[`${prefix}On`]}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `${prefix}-on` } }}
      />
    </Stack>
  );

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as object }}>
      <DialogTitle>{t('screenHoursTitle', { name: kiosk.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t('screenHoursHelp')}</DialogContentText>
          {failed && <Alert severity="error">{t('failed', { message: readError(failed).message })}</Alert>}
          <Typography variant="subtitle2">{kiosk.locationName}</Typography>
          <FormControlLabel
            control={<Checkbox checked={location.enabled} onChange={(e) => setLocation({ ...location, enabled: e.target.checked })} />}
            label={t('locationHoursOn')}
          />
          {times('location', location, setLocation)}
          <Typography variant="subtitle2">{kiosk.name}</Typography>
          <FormControlLabel control={<Checkbox checked={own.enabled} onChange={(e) => setOwn({ ...own, enabled: e.target.checked })} />} label={t('ownHoursOn')} />
          {times('kiosk', own, setOwn)}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button type="submit" variant="contained" disabled={setLocationHours.isPending || setKioskHours.isPending}>
          {t('save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

import { useTranslation } from 'react-i18next';
import { Box, Button, Card, CardContent, Grid, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography, FormHelperText } from '@mui/material';
import { PHONE_LABELS, type ContactCard } from '../../../../../shared/content';
import { LIMITS } from '../../../../../shared/limits';
import { useLabels } from '../../../components/labels';
import { fieldError, useEditorForm } from './editor-form';
import { TimeInput } from '../../../components/DateTimeFields';

export const EMPTY_CONTACT: ContactCard = { phones: [], email: null, address: null, openingHours: [], website: null };
const DAYS = [1, 2, 3, 4, 5, 6, 7];

/** Phone numbers, e-mail, address, opening hours and website: entered once, shown in every language. */
export function ContactCardForm() {
  const { t } = useTranslation('editor');
  const labels = useLabels();
  const form = useEditorForm();
  const contact = form.draft.fields.contact;
  const ro = form.fieldsReadOnly;

  // Any item can carry contact details; the kind "contact card" always does.
  if (!contact) {
    if (ro) return null;
    return (
      <Card variant="outlined" component="section" aria-labelledby="contact-title">
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
            <Box>
              <Typography id="contact-title" variant="h6" component="h2">
                {t('contact')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('addContactHelp')}
              </Typography>
            </Box>
            <Button variant="outlined" onClick={() => form.setField('contact', EMPTY_CONTACT)} data-testid="add-contact" sx={{ flexShrink: 0 }}>
              {t('addContact')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
    );
  }

  const set = (change: Partial<ContactCard>) => form.setField('contact', { ...contact, ...change });
  const address = contact.address ?? { street: '', postalCode: '', city: '' };
  const setAddress = (change: Partial<typeof address>) => {
    const next = { ...address, ...change };
    set({ address: next.street || next.postalCode || next.city ? next : null });
  };
  const key = (path: string) => `fields.contact.${path}`;

  return (
    <Card variant="outlined" component="section" aria-labelledby="contact-title">
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
          <Box>
            <Typography id="contact-title" variant="h6" component="h2">
              {t('contact')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {t('contactHelp')}
            </Typography>
          </Box>
          {!ro && form.draft.fields.kind !== 'contact' && (
            <Button color="inherit" onClick={() => form.setField('contact', null)}>
              {t('removeContact')}
            </Button>
          )}
        </Stack>

        <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
          {t('phones')}
        </Typography>
        <Stack spacing={1.5} sx={{ mb: 1 }}>
          {contact.phones.map((phone, i) => (
            <Stack key={i} direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
              <TextField
                label={t('phone')}
                value={phone.number}
                disabled={ro}
                onChange={(e) => set({ phones: contact.phones.map((p, j) => (j === i ? { ...p, number: e.target.value } : p)) })}
                sx={{ flex: 1 }}
                slotProps={{ htmlInput: { 'data-testid': `phone-${i}`, inputMode: 'tel' } }}
                {...fieldError(form, key(`phones.${i}.number`))}
              />
              <TextField
                select
                label={t('phoneLabel')}
                value={phone.label}
                disabled={ro}
                onChange={(e) => set({ phones: contact.phones.map((p, j) => (j === i ? { ...p, label: e.target.value as typeof p.label } : p)) })}
                sx={{ width: 220 }}
              >
                {PHONE_LABELS.map((l) => (
                  <MenuItem key={l} value={l}>
                    {labels.phone(l)}
                  </MenuItem>
                ))}
              </TextField>
              {!ro && (
                <Button color="inherit" onClick={() => set({ phones: contact.phones.filter((_, j) => j !== i) })} sx={{ mt: 1 }}>
                  {t('remove')}
                </Button>
              )}
            </Stack>
          ))}
        </Stack>
        {!ro && contact.phones.length < LIMITS.phonesPerItem && (
          <Button onClick={() => set({ phones: [...contact.phones, { number: '', label: 'main' }] })}>+ {t('addPhone')}</Button>
        )}

        <Grid container spacing={2} sx={{ mt: 1.5 }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField fullWidth type="email" label={t('email')} value={contact.email ?? ''} disabled={ro} onChange={(e) => set({ email: e.target.value.trim() || null })} {...fieldError(form, key('email'))} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField fullWidth type="url" label={t('website')} placeholder="https://" value={contact.website ?? ''} disabled={ro} onChange={(e) => set({ website: e.target.value.trim() || null })} {...fieldError(form, key('website'))} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField fullWidth label={t('street')} value={address.street} disabled={ro} onChange={(e) => setAddress({ street: e.target.value })} {...fieldError(form, key('address.street'))} />
          </Grid>
          <Grid size={{ xs: 5, md: 2 }}>
            <TextField fullWidth label={t('postalCode')} value={address.postalCode} disabled={ro} onChange={(e) => setAddress({ postalCode: e.target.value })} {...fieldError(form, key('address.postalCode'))} />
          </Grid>
          <Grid size={{ xs: 7, md: 4 }}>
            <TextField fullWidth label={t('city')} value={address.city} disabled={ro} onChange={(e) => setAddress({ city: e.target.value })} {...fieldError(form, key('address.city'))} />
          </Grid>
        </Grid>

        <Typography variant="subtitle2" component="h3" sx={{ mt: 2.5, mb: 1 }}>
          {t('openingHours')}
        </Typography>
        <Stack spacing={1.5}>
          {contact.openingHours.map((row, i) => {
            const setRow = (change: Partial<typeof row>) => set({ openingHours: contact.openingHours.map((r, j) => (j === i ? { ...r, ...change } : r)) });
            const daysError = form.error(key(`openingHours.${i}.days`));
            return (
              <Stack key={i} direction="row" spacing={1.5} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
                <Box>
                  <ToggleButtonGroup
                    size="small"
                    color="primary"
                    value={row.days}
                    disabled={ro}
                    aria-label={t('days')}
                    onChange={(_, days: number[]) => setRow({ days: [...days].sort() })}
                    sx={{ height: 40, mt: 0.5 }}
                  >
                    {DAYS.map((d) => (
                      <ToggleButton key={d} value={d} sx={{ px: 1.25 }}>
                        {labels.day(d)}
                      </ToggleButton>
                    ))}
                  </ToggleButtonGroup>
                  {daysError && <FormHelperText error>{daysError}</FormHelperText>}
                </Box>
                <TimeInput label={t('opens')} value={row.opens} disabled={ro} onChange={(v) => setRow({ opens: v })} {...fieldError(form, key(`openingHours.${i}.opens`))} />
                <TimeInput label={t('closes')} value={row.closes} disabled={ro} onChange={(v) => setRow({ closes: v })} {...fieldError(form, key(`openingHours.${i}.closes`))} />
                {!ro && (
                  <Button color="inherit" onClick={() => set({ openingHours: contact.openingHours.filter((_, j) => j !== i) })} sx={{ mt: 1 }}>
                    {t('remove')}
                  </Button>
                )}
              </Stack>
            );
          })}
        </Stack>
        {!ro && (
          <Button sx={{ mt: 1 }} onClick={() => set({ openingHours: [...contact.openingHours, { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }] })}>
            + {t('addHours')}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}

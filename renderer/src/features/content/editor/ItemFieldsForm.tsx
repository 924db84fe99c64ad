import { useTranslation } from 'react-i18next';
import { Card, CardContent, FormControlLabel, FormHelperText, Grid, MenuItem, Switch, TextField, Typography, Box } from '@mui/material';
import { CATEGORIES, ITEM_KINDS, type Category, type ItemKind } from '../../../../../shared/categories';
import { LANGUAGE_CODES, type LanguageCode } from '../../../../../shared/languages';
import { useLabels } from '../../../components/labels';
import { fieldError, useEditorForm } from './editor-form';
import { DateTimeInput } from '../../../components/DateTimeFields';
import { EMPTY_CONTACT } from './ContactCardForm';

/** Category, kind, source language, publication, schedule, pin and priority: the same for every language. */
export function ItemFieldsForm() {
  const { t } = useTranslation('editor');
  const labels = useLabels();
  const form = useEditorForm();
  const { fields } = form.draft;
  const ro = form.fieldsReadOnly;

  const setKind = (kind: ItemKind) => {
    form.setField('kind', kind);
    if (kind === 'contact' && !fields.contact) form.setField('contact', EMPTY_CONTACT);
  };

  return (
    <Card variant="outlined" component="section" aria-labelledby="settings-title">
      <CardContent>
        <Typography id="settings-title" variant="h6" component="h2">
          {t('settings')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('settingsHelp')}
        </Typography>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
            <TextField
              select
              fullWidth
              required
              label={t('category')}
              value={fields.category}
              disabled={ro}
              onChange={(e) => form.setField('category', e.target.value as Category)}
              slotProps={{ htmlInput: { 'data-testid': 'field-category' } }}
              {...fieldError(form, 'fields.category')}
            >
              {CATEGORIES.map((c) => (
                <MenuItem key={c} value={c}>
                  {labels.category(c)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
            <TextField select fullWidth label={t('kind')} value={fields.kind} disabled={ro} onChange={(e) => setKind(e.target.value as ItemKind)} {...fieldError(form, 'fields.kind')}>
              {ITEM_KINDS.map((k) => (
                <MenuItem key={k} value={k}>
                  {labels.kind(k)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
            <TextField
              select
              fullWidth
              label={t('sourceLanguage')}
              value={fields.sourceLanguage}
              disabled={ro || !!form.item}
              onChange={(e) => form.setField('sourceLanguage', e.target.value as LanguageCode)}
              {...fieldError(form, 'fields.sourceLanguage', t('sourceLanguageHelp'))}
            >
              {LANGUAGE_CODES.map((l) => (
                <MenuItem key={l} value={l}>
                  {labels.language(l)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
            <TextField
              fullWidth
              type="number"
              label={t('priority')}
              value={fields.priority}
              disabled={ro}
              onChange={(e) => form.setField('priority', e.target.value === '' ? 0 : Number(e.target.value))}
              slotProps={{ htmlInput: { min: 0, max: 100, step: 1 } }}
              {...fieldError(form, 'fields.priority', t('priorityHelp'))}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
            <DateTimeInput label={t('validFrom')} value={fields.validFrom} disabled={ro} onChange={(v) => form.setField('validFrom', v)} {...fieldError(form, 'fields.validFrom', t('scheduleHelp'))} />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
            <DateTimeInput label={t('validUntil')} value={fields.validUntil} disabled={ro} onChange={(v) => form.setField('validUntil', v)} {...fieldError(form, 'fields.validUntil', t('scheduleHelp'))} />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
            <Toggle label={t('pinned')} help={t('pinnedHelp')} checked={fields.pinned} disabled={ro} onChange={(v) => form.setField('pinned', v)} />
          </Grid>
        </Grid>
      </CardContent>
    </Card>
  );
}

function Toggle({ label, help, checked, disabled, onChange }: { label: string; help: string; checked: boolean; disabled: boolean; onChange(v: boolean): void }) {
  return (
    <Box>
      <FormControlLabel control={<Switch checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />} label={label} />
      <FormHelperText sx={{ mt: -0.5, ml: 0 }}>{help}</FormHelperText>
    </Box>
  );
}

import { useTranslation } from 'react-i18next';
import { Box, Checkbox, FormControlLabel, Grid, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { LANGUAGE_CODES, type LanguageCode } from '../../../../../shared/languages';
import { useLabels } from '../../../components/labels';
import { TranslationStatusChip } from '../../../components/StatusChips';
import { useEditorForm } from './editor-form';
import { TextFields } from './TextFields';

/**
 * The source language's texts, with "minor change" for edits that should not outdate the
 * translations, and beside them where each translation stands.
 */
export function SourcePane({ onSelect }: { onSelect(language: LanguageCode): void }) {
  const { t } = useTranslation('editor');
  const labels = useLabels();
  const form = useEditorForm();
  const source = form.draft.fields.sourceLanguage;
  const translated = LANGUAGE_CODES.filter((l) => l !== source && form.draft.texts[l].status !== 'missing');

  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, md: 8 }}>
        <TextFields language={source} />
        {!!form.item && translated.length > 0 && !form.textReadOnly(source) && (
          <FormControlLabel
            sx={{ mt: 1 }}
            control={<Checkbox checked={form.minor} onChange={(e) => form.setMinor(e.target.checked)} data-testid="minor-edit" />}
            label={t('minor')}
          />
        )}
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, bgcolor: 'grey.50' }}>
          <Typography variant="subtitle2" component="h3">
            {t('translationsTitle')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {!form.item ? t('newItemTranslations') : form.textReadOnly(source) ? t('translationsPick') : t('translationsHelp')}
          </Typography>
          {translated.length > 0 ? (
            <List dense disablePadding sx={{ mt: 1 }}>
              {translated.map((l) => (
                <ListItem key={l} disablePadding>
                  <ListItemButton onClick={() => onSelect(l)} sx={{ borderRadius: 1, px: 1 }}>
                    <ListItemText primary={labels.language(l)} />
                    <TranslationStatusChip status={form.draft.texts[l].status} />
                  </ListItemButton>
                </ListItem>
              ))}
            </List>
          ) : (
            form.item && (
              <Typography variant="body2" sx={{ mt: 1 }}>
                {t('noTranslations')}
              </Typography>
            )
          )}
        </Box>
      </Grid>
    </Grid>
  );
}

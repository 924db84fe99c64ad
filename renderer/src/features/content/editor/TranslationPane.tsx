import { useTranslation } from 'react-i18next';
import { Alert, Box, Button, Checkbox, FormControlLabel, Grid, Stack, Typography } from '@mui/material';
import type { TranslationStatus } from '../../../../../shared/content';
import { languageInfo, type LanguageCode } from '../../../../../shared/languages';
import { useLabels } from '../../../components/labels';
import { RichTextView } from '../../../components/RichTextView';
import { useEditorForm } from './editor-form';
import { TextFields } from './TextFields';
import { SourceChanges } from '../history/SourceChanges';

const SEVERITY = { missing: 'info', draft: 'info', outdated: 'warning', withdrawn: 'error', current: 'success' } as const;

/** A translation: its status, the source text on the left, the translation on the right. */
export function TranslationPane({ language, onSetStatus, settingStatus }: { language: LanguageCode; onSetStatus(status: TranslationStatus): void; settingStatus: boolean }) {
  const { t } = useTranslation('editor');
  const labels = useLabels();
  const form = useEditorForm();
  const source = form.draft.fields.sourceLanguage;
  const text = form.draft.texts[language];
  const ro = form.textReadOnly(language);
  const sourceText = form.draft.texts[source];
  const sourceName = labels.language(source);

  return (
    <Stack spacing={2}>
      <Alert
        severity={SEVERITY[text.status]}
        data-testid="translation-status"
        data-status={text.status}
        action={
          !ro && (
            <Stack direction="row" spacing={1}>
              {(text.status === 'outdated' || text.status === 'withdrawn') && (
                <Button color="inherit" variant="outlined" size="small" onClick={() => onSetStatus('current')} disabled={settingStatus} sx={{ whiteSpace: 'nowrap' }}>
                  {t('markCurrent')}
                </Button>
              )}
              {/* A deliberate act, recorded in the audit trail: workers then get the fallback text. */}
              {(text.status === 'outdated' || text.status === 'current') && (
                <Button color="inherit" variant="outlined" size="small" onClick={() => onSetStatus('withdrawn')} disabled={settingStatus} sx={{ whiteSpace: 'nowrap' }}>
                  {t('withdraw')}
                </Button>
              )}
            </Stack>
          )
        }
      >
        {t(`status_${text.status}`, { source: sourceName })}
      </Alert>
      {text.status === 'outdated' && form.item && <SourceChanges item={form.item} language={language} />}
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle2" component="h3" color="text.secondary" sx={{ mb: 1 }}>
            {t('source', { language: sourceName })}
          </Typography>
          <Box sx={{ bgcolor: 'grey.50', border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }} lang={source} data-testid="source-column">
            <Typography variant="h6" component="p" sx={{ fontSize: 18, fontWeight: 700 }}>
              {sourceText.title || t('untitled')}
            </Typography>
            {sourceText.summary && (
              <Typography color="text.secondary" sx={{ mt: 0.5 }}>
                {sourceText.summary}
              </Typography>
            )}
            <Box sx={{ mt: 1.5 }}>
              {sourceText.body ? (
                <RichTextView html={sourceText.body} dir={languageInfo(source).rtl ? 'rtl' : 'ltr'} />
              ) : (
                <Typography color="text.secondary">{t('emptySource')}</Typography>
              )}
            </Box>
          </Box>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle2" component="h3" color="text.secondary" sx={{ mb: 1 }}>
            {t('translationOf', { language: `${labels.language(language)} · ${labels.nativeLanguage(language)}` })}
          </Typography>
          <TextFields language={language} />
          {!ro && (
            <FormControlLabel
              sx={{ mt: 1 }}
              control={<Checkbox checked={text.keepDraft} onChange={(e) => form.setText(language, { keepDraft: e.target.checked })} />}
              label={t('keepDraft')}
            />
          )}
        </Grid>
      </Grid>
    </Stack>
  );
}

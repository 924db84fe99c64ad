import type { TranslationStatus } from '../../../../../shared/content';
import { useTranslation } from 'react-i18next';
import { Box, Card, Stack, Tab, Tabs, Typography } from '@mui/material';
import { LANGUAGE_CODES, type LanguageCode } from '../../../../../shared/languages';
import { useLabels } from '../../../components/labels';
import { translationColor } from '../../../components/StatusChips';
import { useEditorForm } from './editor-form';
import { SourcePane } from './SourcePane';
import { TranslationPane } from './TranslationPane';
import { useOfferedLanguages } from '../../locations/useOfferedLanguages';

/**
 * The source language first, then the languages that have a text, then the rest; within each,
 * the languages the tenant's locations offer come first, in their order.
 */
export function tabOrder(source: LanguageCode, statusOf: (l: LanguageCode) => string, offered: readonly LanguageCode[] = []): LanguageCode[] {
  const rank = (l: LanguageCode) => (offered.includes(l) ? offered.indexOf(l) : offered.length);
  const others = LANGUAGE_CODES.filter((l) => l !== source).toSorted((a, b) => rank(a) - rank(b));
  return [source, ...others.filter((l) => statusOf(l) !== 'missing'), ...others.filter((l) => statusOf(l) === 'missing')];
}

interface Props {
  selected: LanguageCode;
  onSelect(language: LanguageCode): void;
  onSetStatus(language: LanguageCode, status: TranslationStatus): void;
  settingStatus: boolean;
}

/** One tab per language with its status; a translation's tab shows the source text beside it. */
export function TranslationTabs({ selected, onSelect, onSetStatus, settingStatus }: Props) {
  const { t } = useTranslation('editor');
  const labels = useLabels();
  const form = useEditorForm();
  const source = form.draft.fields.sourceLanguage;
  const offered = useOfferedLanguages();
  // A new item is first written and saved in its source language; translating comes after.
  const order = form.item ? tabOrder(source, (l) => form.draft.texts[l].status, offered) : [source];
  const value = order.includes(selected) ? selected : source;

  return (
    <Card variant="outlined" component="section" aria-labelledby="texts-title">
      <Box sx={{ px: 2, pt: 2 }}>
        <Typography id="texts-title" variant="h6" component="h2">
          {t('texts')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('textsHelp')}
        </Typography>
      </Box>
      <Tabs value={value} onChange={(_, l: LanguageCode) => onSelect(l)} variant="scrollable" scrollButtons="auto" sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}>
        {order.map((l) => {
          const status = l === source ? 'current' : form.draft.texts[l].status;
          const failing = form.hasErrors(`translations.${l}.`);
          const color = translationColor(status);
          return (
            <Tab
              key={l}
              value={l}
              id={`tab-${l}`}
              aria-controls={`tabpanel-${l}`}
              data-testid={`tab-${l}`}
              data-status={l === source ? 'source' : status}
              sx={{ textTransform: 'none', minWidth: 96, alignItems: 'flex-start', py: 1 }}
              label={
                <Stack sx={{ alignItems: 'flex-start' }}>
                  <Typography component="span" sx={{ fontWeight: 600, fontSize: 14, color: failing ? 'error.main' : 'inherit' }}>
                    {labels.language(l)}
                  </Typography>
                  <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                    <Box
                      component="span"
                      sx={{
                        width: 8,
                        height: 8,
                        borderRadius: '50%',
                        bgcolor: l === source ? 'primary.main' : color === 'default' ? 'transparent' : `${color}.main`,
                        border: status === 'missing' && l !== source ? '1px dashed' : 0,
                        borderColor: 'text.disabled',
                      }}
                    />
                    <Typography component="span" sx={{ fontSize: 12, color: 'text.secondary' }}>
                      {l === source ? t('sourceTab') : labels.translation(status)}
                    </Typography>
                  </Stack>
                </Stack>
              }
            />
          );
        })}
      </Tabs>
      <Box role="tabpanel" id={`tabpanel-${value}`} aria-labelledby={`tab-${value}`} sx={{ p: 2 }}>
        {value === source ? <SourcePane onSelect={onSelect} /> : <TranslationPane key={value} language={value} onSetStatus={(status) => onSetStatus(value, status)} settingStatus={settingStatus} />}
      </Box>
    </Card>
  );
}

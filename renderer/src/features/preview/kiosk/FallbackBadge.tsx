import { useTranslation } from 'react-i18next';
import { Stack, Typography } from '@mui/material';
import type { FeedEntry } from '../../../../../shared/merged-feed';
import { languageInfo } from '../../../../../shared/languages';
import { useLanguage } from '../../../i18n';
import { languageNameIn } from '../language-name';
import { PreviewNote } from './PreviewNote';
import { KioskText } from './KioskText';

/**
 * For a text shown in another language than the worker chose: the kiosk's own words
 * ("Język: English", or the full note on an article), and a note for the civil servant.
 */
export function FallbackBadge({ entry, full }: { entry: Pick<FeedEntry, 'isFallback' | 'requestedLanguage' | 'shownLanguage'>; full?: boolean }) {
  const { language: ui } = useLanguage();
  const { t } = useTranslation('preview');
  if (!entry.isFallback) return null;
  const shown = (
    <span lang={entry.shownLanguage} dir={languageInfo(entry.shownLanguage).rtl ? 'rtl' : 'ltr'}>
      {languageInfo(entry.shownLanguage).nativeName}
    </span>
  );
  return (
    <Stack spacing={0.75} sx={{ alignItems: 'flex-start' }} data-testid="fallback-note" data-shown-language={entry.shownLanguage}>
      <Typography
        variant={full ? 'body1' : 'body2'}
        sx={
          full
            ? { bgcolor: '#e3f0fb', color: 'info.dark', px: 2, py: 1, borderRadius: 1, borderInlineStart: (th) => `4px solid ${th.palette.info.main}` }
            : { bgcolor: '#e3f0fb', color: 'info.dark', px: 1, py: 0.25, borderRadius: 1 }
        }
      >
        <KioskText language={entry.requestedLanguage} name={full ? 'fallbackNote' : 'shownIn'} parts={{ language: shown }} />
      </Typography>
      <PreviewNote label={t('fallbackBadge', { language: languageNameIn(ui, entry.shownLanguage) })} />
    </Stack>
  );
}

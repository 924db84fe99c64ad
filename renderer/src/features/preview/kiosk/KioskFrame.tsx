import type { ReactNode } from 'react';
import { Box, Paper, Typography } from '@mui/material';
import { languageInfo, type LanguageCode } from '../../../../../shared/languages';
import { dirOf } from './kiosk-language';

/**
 * The kiosk's screen in miniature: its top bar and the worker's language and direction.
 * Everything inside speaks the worker's language (shared/kiosk-strings), like the kiosk.
 */
export function KioskFrame({ language, locationName, label, children }: { language: LanguageCode; locationName: string; label: string; children: ReactNode }) {
  return (
    <Paper
      elevation={3}
      component="section"
      aria-label={label}
      lang={language}
      dir={dirOf(language)}
      data-testid="kiosk-preview"
      sx={{ overflow: 'hidden', borderRadius: 3, border: 8, borderColor: 'grey.900' }}
    >
      <Box sx={{ bgcolor: 'primary.dark', color: 'primary.contrastText', px: 3, py: 1.5, display: 'flex', alignItems: 'baseline', gap: 2 }}>
        <Typography sx={{ fontWeight: 800, fontSize: 22 }} lang="nl">
          Wegwijs
        </Typography>
        <Typography sx={{ flexGrow: 1, opacity: 0.9 }} lang="nl">
          {locationName}
        </Typography>
        <Typography sx={{ fontWeight: 600 }}>{languageInfo(language).nativeName}</Typography>
      </Box>
      <Box sx={{ p: 3, bgcolor: '#fbfbf8', minHeight: 480 }}>{children}</Box>
    </Paper>
  );
}

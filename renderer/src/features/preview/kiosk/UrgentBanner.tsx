import { Box, ButtonBase, Stack, Typography } from '@mui/material';
import type { FeedListEntry } from '../../../../../shared/merged-feed';
import { kioskText } from '../../../../../shared/kiosk-strings';
import type { LanguageCode } from '../../../../../shared/languages';
import { dirOf } from './kiosk-language';
import { FallbackBadge } from './FallbackBadge';
import { KioskText } from './KioskText';

/** Urgent notices come first, as a banner nobody can miss. */
export function UrgentBanner({ notices, language, onOpen }: { notices: FeedListEntry[]; language: LanguageCode; onOpen(id: string): void }) {
  if (!notices.length) return null;
  return (
    <Stack spacing={1.5} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="urgent-banner">
      {notices.map((n) => (
        <li key={n.id}>
          <ButtonBase
            onClick={() => onOpen(n.id)}
            data-item-id={n.id}
            sx={{ width: '100%', display: 'block', textAlign: 'start', bgcolor: 'error.main', color: 'error.contrastText', borderRadius: 2, p: 2.5 }}
          >
            <Typography sx={{ textTransform: 'uppercase', fontWeight: 800, letterSpacing: '0.06em', fontSize: 14 }}>{kioskText(language, 'urgent')}</Typography>
            <Box lang={n.shownLanguage} dir={dirOf(n.shownLanguage)}>
              <Typography sx={{ fontWeight: 700, fontSize: 24, lineHeight: 1.25 }}>{n.title}</Typography>
              {n.summary && <Typography sx={{ mt: 0.5, fontSize: 17 }}>{n.summary}</Typography>}
            </Box>
            <Typography sx={{ mt: 1, fontSize: 14, opacity: 0.9 }}><KioskText language={language} name="from" parts={{ organisation: n.tenantName }} /></Typography>
            {n.isFallback && (
              <Box sx={{ mt: 1, display: 'inline-flex', bgcolor: 'background.paper', borderRadius: 1, p: 0.75 }}>
                <FallbackBadge entry={n} />
              </Box>
            )}
          </ButtonBase>
        </li>
      ))}
    </Stack>
  );
}

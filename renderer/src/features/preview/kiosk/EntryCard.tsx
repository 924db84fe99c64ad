import { Box, ButtonBase, Typography } from '@mui/material';
import type { FeedListEntry } from '../../../../../shared/merged-feed';
import type { LanguageCode } from '../../../../../shared/languages';
import { dirOf } from './kiosk-language';
import { FallbackBadge } from './FallbackBadge';
import { KioskText } from './KioskText';

/** One entry as a big tappable card: title, summary, where it comes from, its language if not the worker's. */
export function EntryCard({ entry, language, onOpen }: { entry: FeedListEntry; language: LanguageCode; onOpen(id: string): void }) {
  return (
    <ButtonBase
      onClick={() => onOpen(entry.id)}
      data-item-id={entry.id}
      data-testid="feed-entry"
      sx={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'stretch',
        justifyContent: 'flex-start',
        textAlign: 'start',
        bgcolor: 'background.paper',
        border: 1,
        borderColor: entry.pinned ? 'primary.main' : 'divider',
        borderRadius: 2,
        p: 2,
        gap: 0.75,
        '&:hover': { borderColor: 'primary.main' },
      }}
    >
      <Box lang={entry.shownLanguage} dir={dirOf(entry.shownLanguage)}>
        <Typography sx={{ fontWeight: 700, fontSize: 19, lineHeight: 1.3 }}>{entry.title}</Typography>
        {entry.summary && (
          <Typography color="text.secondary" sx={{ mt: 0.5 }}>
            {entry.summary}
          </Typography>
        )}
      </Box>
      <Typography variant="body2" sx={{ color: 'primary.dark', fontWeight: 600, mt: 'auto', pt: 0.5 }} data-testid="entry-source">
        <KioskText language={language} name="from" parts={{ organisation: entry.tenantName }} />
      </Typography>
      <FallbackBadge entry={entry} />
    </ButtonBase>
  );
}

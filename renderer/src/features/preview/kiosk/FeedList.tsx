import { Box, Stack, Typography } from '@mui/material';
import type { FeedListEntry } from '../../../../../shared/merged-feed';
import { CATEGORIES } from '../../../../../shared/categories';
import { categoryName, kioskText } from '../../../../../shared/kiosk-strings';
import type { LanguageCode } from '../../../../../shared/languages';
import { UrgentBanner } from './UrgentBanner';
import { EntryCard } from './EntryCard';

/**
 * The merged feed as the kiosk orders it: urgent notices on top, then one section per
 * category in the kiosk's order, each keeping the hub's order (pinned, priority, newest).
 */
export function FeedList({ entries, language, onOpen }: { entries: FeedListEntry[]; language: LanguageCode; onOpen(id: string): void }) {
  const urgent = entries.filter((e) => e.kind === 'urgent');
  const sections = CATEGORIES.map((category) => ({ category, entries: entries.filter((e) => e.kind !== 'urgent' && e.category === category) })).filter(
    (s) => s.entries.length,
  );

  return (
    <Stack spacing={4}>
      <UrgentBanner notices={urgent} language={language} onOpen={onOpen} />
      {sections.length === 0 && urgent.length === 0 && <Typography color="text.secondary">{kioskText(language, 'emptyCategory')}</Typography>}
      {sections.map((s) => (
        <Box component="section" key={s.category} data-category={s.category} aria-labelledby={`preview-${s.category}`}>
          <Typography id={`preview-${s.category}`} variant="h5" component="h2" sx={{ fontWeight: 700, mb: 1.5, pb: 0.5, borderBottom: 3, borderColor: 'primary.light' }}>
            {categoryName(language, s.category)}
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 2 }}>
            {s.entries.map((e) => (
              <li key={e.id}>
                <EntryCard entry={e} language={language} onOpen={onOpen} />
              </li>
            ))}
          </Box>
        </Box>
      ))}
    </Stack>
  );
}

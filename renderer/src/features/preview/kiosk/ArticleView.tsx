import { Alert, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { kioskText } from '../../../../../shared/kiosk-strings';
import type { LanguageCode } from '../../../../../shared/languages';
import { useTRPC } from '../../../trpc';
import { dirOf } from './kiosk-language';
import { FallbackBadge } from './FallbackBadge';
import { ContactDetails } from './ContactDetails';
import { KioskText } from './KioskText';
import { ArticleBody } from './ArticleBody';
import { contactLines } from './contact-lines';

/** One article as the kiosk opens it: title, source, fallback note, body, and the contact card beside it. */
export function ArticleView({ locationId, itemId, language, onBack }: { locationId: string; itemId: string; language: LanguageCode; onBack(): void }) {
  const trpc = useTRPC();
  const article = useQuery(trpc.preview.article.queryOptions({ locationId, itemId, language }));
  const entry = article.data;
  const hasContact = !!entry && !contactLines(entry.contact, entry.links, language).empty;

  return (
    <Stack spacing={2.5} data-testid="preview-article">
      <Box>
        <Button variant="outlined" size="large" onClick={onBack} sx={{ textTransform: 'none', fontSize: 18 }}>
          {kioskText(language, 'back')}
        </Button>
      </Box>
      {article.isPending && <CircularProgress />}
      {article.isError && <Alert severity="warning">{kioskText(language, 'notAvailable')}</Alert>}
      {entry && (
        <>
          {entry.kind === 'urgent' && (
            <Typography sx={{ color: 'error.main', fontWeight: 800, textTransform: 'uppercase', letterSpacing: '0.06em' }}>{kioskText(language, 'urgent')}</Typography>
          )}
          <Box lang={entry.shownLanguage} dir={dirOf(entry.shownLanguage)}>
            <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>
              {entry.title}
            </Typography>
            {entry.summary && <Typography sx={{ fontSize: 20, mt: 1, color: 'text.secondary' }}>{entry.summary}</Typography>}
          </Box>
          <Typography sx={{ color: 'primary.dark', fontWeight: 600 }}>
            <KioskText language={language} name="from" parts={{ organisation: entry.tenantName }} />
          </Typography>
          <FallbackBadge entry={entry} full />
          <Box sx={{ display: 'grid', gap: 3, alignItems: 'start', gridTemplateColumns: hasContact ? 'minmax(0, 1fr) minmax(300px, 400px)' : '1fr' }}>
            <ArticleBody html={entry.body} language={entry.shownLanguage} />
            <ContactDetails contact={entry.contact} links={entry.links} language={language} />
          </Box>
        </>
      )}
    </Stack>
  );
}

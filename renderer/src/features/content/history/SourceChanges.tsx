import { useTranslation } from 'react-i18next';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { Item } from '../../../../../shared/content';
import type { LanguageCode } from '../../../../../shared/languages';
import { useTRPC } from '../../../trpc';
import { serverErrors } from '../../../components/errors';
import { ItemDiff } from './ItemDiff';
import { sourceWhenCurrent } from './revision-summary';

/** For an outdated translation: the words of the source that changed since it was last up to date. */
export function SourceChanges({ item, language }: { item: Item; language: LanguageCode }) {
  const trpc = useTRPC();
  const { t } = useTranslation('editor');
  const history = useQuery({ ...trpc.content.history.queryOptions({ itemId: item.id }), retry: false });
  const before = history.data ? sourceWhenCurrent(history.data, language) : null;
  return (
    <Box component="section" aria-labelledby="source-changes-title" data-testid="source-changes" sx={{ border: 1, borderColor: 'warning.light', borderRadius: 1, p: 2 }}>
      <Typography id="source-changes-title" variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
        {t('sourceChangesTitle')}
      </Typography>
      {history.isPending && <CircularProgress size={24} />}
      {history.isError && (
        <Alert severity="info">{serverErrors(history.error).code === 'SERVICE_UNAVAILABLE' ? t('sourceChangesOffline') : serverErrors(history.error).message}</Alert>
      )}
      {history.data && (before ? <ItemDiff before={before} after={item} language={item.sourceLanguage} /> : <Typography color="text.secondary">{t('sourceChangesUnknown')}</Typography>)}
    </Box>
  );
}

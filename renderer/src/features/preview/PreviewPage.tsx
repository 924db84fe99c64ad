import { useTranslation } from 'react-i18next';
import { Alert, CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { isLanguageCode, type LanguageCode } from '../../../../shared/languages';
import { useTRPC } from '../../trpc';
import { navigate } from '../../router';
import { readError } from '../../lib/form-errors';
import { PreviewControls } from './PreviewControls';
import { KioskFrame } from './kiosk/KioskFrame';
import { FeedList } from './kiosk/FeedList';
import { ArticleView } from './kiosk/ArticleView';
import { PageHeader } from '../../components/PageHeader';

/**
 * '#/preview/<location>/<language>/<item>': the merged feed exactly as a kiosk at that location
 * shows it. The parts under ./kiosk stand in for the kiosk's own components until those can be shared.
 */
export function PreviewPage({ params = [] }: { params?: string[] }) {
  const trpc = useTRPC();
  const { t } = useTranslation('preview');
  const locations = useQuery(trpc.locations.list.queryOptions());
  const [locationParam, languageParam, itemId] = params;
  const location = locations.data?.find((l) => l.id === locationParam) ?? locations.data?.[0];
  const language: LanguageCode = languageParam && isLanguageCode(languageParam) ? languageParam : 'nl';
  const enabled = !!location;
  const feed = useQuery({ ...trpc.preview.feed.queryOptions({ locationId: location?.id ?? '', language }), enabled });
  const coverage = useQuery({ ...trpc.preview.languages.queryOptions({ locationId: location?.id ?? '' }), enabled });

  return (
    <Stack spacing={3}>
      <PageHeader title={t('title')} intro={t('intro')} />

      {locations.isPending && <CircularProgress />}
      {locations.isError && <Alert severity="error">{t('loadFailed', { message: readError(locations.error).message })}</Alert>}
      {locations.isSuccess && !location && <Alert severity="info">{t('noLocations')}</Alert>}
      {location && (
        <>
          <PreviewControls
            locations={locations.data ?? []}
            locationId={location.id}
            language={language}
            coverage={coverage.data}
            onChange={(loc, lang) => navigate('preview', loc, lang)}
          />
          <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', justifyContent: 'space-between' }}>
            <Typography variant="body2" color="text.secondary">
              {t('annotationHint')}
            </Typography>
            {feed.data && (
              <Typography variant="body2" color="text.secondary" data-testid="preview-count">
                {t('items', { n: feed.data.length })}
              </Typography>
            )}
          </Stack>
          <KioskFrame language={language} locationName={location.name} label={t('kioskFrame')}>
            {itemId ? (
              <ArticleView locationId={location.id} itemId={itemId} language={language} onBack={() => navigate('preview', location.id, language)} />
            ) : (
              <>
                {feed.isPending && <CircularProgress />}
                {feed.isError && <Alert severity="error">{t('loadFailed', { message: readError(feed.error).message })}</Alert>}
                {feed.data && <FeedList entries={feed.data} language={language} onOpen={(id) => navigate('preview', location.id, language, id)} />}
              </>
            )}
          </KioskFrame>
        </>
      )}
    </Stack>
  );
}

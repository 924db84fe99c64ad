import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { isLanguageCode, type LanguageCode } from '../../../../shared/languages';
import type { Screen } from '../../../../shared/ui/navigation';
import type { Orientation } from '../../../../shared/ui/orientation';
import { useTRPC } from '../../trpc';
import { navigate } from '../../router';
import { readError } from '../../lib/form-errors';
import { PageHeader } from '../../components/PageHeader';
import { PreviewControls } from './PreviewControls';
import { KioskFrame } from './KioskFrame';
import { PreviewScreens } from './PreviewScreens';

/**
 * '#/preview/<location>/<language>/<item>': a location's merged feed on the kiosk's own screens,
 * in a frame of the kiosk's size. Only the frame and the pickers around it belong to the console.
 */
export function PreviewPage({ params = [] }: { params?: string[] }) {
  const trpc = useTRPC();
  const { t } = useTranslation('preview');
  const [orientation, setOrientation] = useState<Orientation>('portrait');
  const locations = useQuery(trpc.locations.list.queryOptions());
  const [locationParam, languageParam, itemId] = params;
  const location = locations.data?.find((l) => l.id === locationParam) ?? locations.data?.[0];
  const language: LanguageCode = languageParam && isLanguageCode(languageParam) ? languageParam : (location?.languages?.[0] ?? 'nl');
  const enabled = !!location;
  const feed = useQuery({ ...trpc.preview.feed.queryOptions({ locationId: location?.id ?? '', language }), enabled });
  const coverage = useQuery({ ...trpc.preview.languages.queryOptions({ locationId: location?.id ?? '' }), enabled });
  // The address follows the article on screen, so a reload, a shared link or another language opens it again.
  const openItem = useRef(itemId);
  const onScreen = useCallback(
    (screen: Screen) => {
      if (!location) return;
      openItem.current = screen.kind === 'article' ? screen.itemId : undefined;
      const target = screen.kind === 'article' ? [location.id, language, screen.itemId] : [location.id, language];
      window.history.replaceState(null, '', `#/${['preview', ...target].map(encodeURIComponent).join('/')}`);
    },
    [location, language],
  );

  return (
    <Stack spacing={3}>
      <PageHeader title={t('title')} intro={t('intro')} />

      {locations.isPending && <CircularProgress />}
      {locations.isError && <Alert severity="error">{t('loadFailed', { message: readError(locations.error).message })}</Alert>}
      {locations.isSuccess && !location && <Alert severity="info">{t('noLocations')}</Alert>}
      {location && (
        <Stack direction="row" spacing={3} sx={{ alignItems: 'flex-start' }}>
          <Stack spacing={1.5} sx={{ width: 300, flexShrink: 0 }}>
            <PreviewControls
              locations={locations.data ?? []}
              locationId={location.id}
              language={language}
              orientation={orientation}
              coverage={coverage.data}
              onChange={(loc, lang) => navigate('preview', loc, lang, ...(loc === location.id && openItem.current ? [openItem.current] : []))}
              onOrientation={setOrientation}
            />
            {feed.isError && <Alert severity="error">{t('loadFailed', { message: readError(feed.error).message })}</Alert>}
            {feed.data && (
              <Typography variant="body2" color="text.secondary" data-testid="preview-count">
                {t('items', { n: feed.data.length })}
              </Typography>
            )}
          </Stack>
          <KioskFrame orientation={orientation} language={language} label={t('kioskFrame')}>
            <PreviewScreens key={location.id} location={location} language={language} orientation={orientation} itemId={itemId} onScreen={onScreen} />
          </KioskFrame>
        </Stack>
      )}
    </Stack>
  );
}

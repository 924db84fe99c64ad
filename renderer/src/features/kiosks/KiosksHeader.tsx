import { useTranslation } from 'react-i18next';
import { Button, Stack, Typography } from '@mui/material';
import { useLanguage } from '../../i18n';
import { relativeTime, useNow } from './time';
import { PageHeader } from '../../components/PageHeader';

/** Title, what the page is for, and how fresh the list is (it refreshes itself every few seconds). */
export function KiosksHeader({ canManage, updatedAt, onRefresh, onCreate }: { canManage: boolean; updatedAt: number; onRefresh(): void; onCreate(): void }) {
  const { t } = useTranslation('kiosks');
  const { language } = useLanguage();
  const now = useNow(5_000);
  return (
    <PageHeader title={t('title')} intro={canManage ? t('intro') : t('introReadOnly')}>
      <Stack spacing={0.5} sx={{ alignItems: 'flex-end', flexShrink: 0 }}>
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" onClick={onRefresh}>
            {t('refresh')}
          </Button>
          {canManage && (
            <Button variant="contained" onClick={onCreate}>
              {t('newKiosk')}
            </Button>
          )}
        </Stack>
        {updatedAt > 0 && (
          <Typography variant="caption" color="text.secondary">
            {t('refreshed', { when: relativeTime(new Date(updatedAt).toISOString(), now, language) })}
          </Typography>
        )}
      </Stack>
    </PageHeader>
  );
}

import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { Card, CardContent, Link, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { href } from '../../router';
import { useLabels } from '../../components/labels';
import type { KioskCounts } from '../../../../main/core/admin/dashboard';

function Figure({ value, label, link, tone, testId }: { value: number; label: string; link: string; tone: string; testId: string }) {
  return (
    <Link href={link} underline="hover" color="inherit" sx={{ display: 'block', minWidth: 0 }}>
      <Typography variant="h4" component="p" sx={{ fontWeight: 700, color: value ? tone : 'text.disabled' }} data-testid={testId}>
        {value}
      </Typography>
      <Typography color="text.secondary">{label}</Typography>
    </Link>
  );
}

function TitledCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** Changes made here that the hub does not have yet, and conflicts that wait for a person. */
export function ChangesCard() {
  const trpc = useTRPC();
  const { t } = useTranslation('dashboard');
  const labels = useLabels();
  const status = useQuery({ ...trpc.sync.status.queryOptions(), refetchInterval: 1_000 });
  const s = status.data;
  return (
    <TitledCard title={t('changes')}>
      <Stack direction="row" spacing={6}>
        <Figure value={s?.pending ?? 0} label={t('pending')} link={href('content', 'marker', 'pending')} tone="info.main" testId="count-pending" />
        <Figure value={s?.conflicts ?? 0} label={t('conflicts')} link={href('conflicts')} tone="error.main" testId="count-conflicts" />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        {s?.lastSyncedAt ? t('lastSynced', { at: labels.dateTime(s.lastSyncedAt) }) : t('neverSynced')}
      </Typography>
    </TitledCard>
  );
}

/** For municipalities: kiosks that stopped reporting, and those still waiting to be paired. Unknown while the hub is away. */
export function KiosksCard({ kiosks }: { kiosks: KioskCounts | null }) {
  const { t } = useTranslation('dashboard');
  return (
    <TitledCard title={t('kiosks')}>
      {kiosks ? (
        <>
          <Stack direction="row" spacing={6}>
            <Figure value={kiosks.offline} label={t('kiosksOffline', { n: kiosks.total })} link={href('kiosks')} tone="warning.dark" testId="count-kiosks-offline" />
            <Figure value={kiosks.notPaired} label={t('kiosksNotPaired')} link={href('kiosks')} tone="info.main" testId="count-kiosks-not-paired" />
          </Stack>
          {kiosks.offline === 0 && kiosks.total > kiosks.notPaired && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              {t('kiosksAllOnline')}
            </Typography>
          )}
        </>
      ) : (
        <Typography color="text.secondary">{t('kiosksUnknown')}</Typography>
      )}
    </TitledCard>
  );
}

import { Chip, Tooltip } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc';
import { useTranslation } from 'react-i18next';
import { href } from '../router';

/** Always visible: synced, N pending, offline, N conflicts, and progress of the first sync. */
export function SyncStatusChip() {
  const trpc = useTRPC();
  const { t } = useTranslation('shell', { });
  const { data } = useQuery({ ...trpc.sync.status.queryOptions(), refetchInterval: 1_000 });
  if (!data) return null;
  const parts: string[] = [];
  let color: 'success' | 'warning' | 'error' | 'default' | 'info' = 'success';
  if (data.firstSync) {
    parts.push(t('sync_firstSync', { items: data.firstSync.items }));
    color = 'info';
  } else if (data.state === 'offline') {
    parts.push(t('sync_offline'));
    color = 'warning';
  } else if (data.state === 'session_expired') {
    parts.push(t('sync_expired'));
    color = 'error';
  } else if (data.state === 'syncing') {
    parts.push(t('sync_syncing'));
    color = 'info';
  } else if (data.state === 'signed_out') {
    parts.push(t('sync_signedOut'));
    color = 'default';
  } else if (!data.pending) {
    parts.push(t('sync_synced'));
  }
  if (data.pending) {
    parts.push(t('sync_pending', { n: data.pending }));
    if (color === 'success') color = 'info';
  }
  if (data.conflicts) {
    parts.push(t('sync_conflicts', { n: data.conflicts }));
    color = 'error';
  }
  const chip = (
    <Chip
      data-testid="sync-status"
      data-state={data.state}
      label={parts.join(' · ')}
      color={color}
      variant={color === 'success' ? 'outlined' : 'filled'}
      component={data.conflicts ? 'a' : 'div'}
      clickable={data.conflicts > 0}
      href={data.conflicts ? href('conflicts') : undefined}
    />
  );
  return data.lastError ? <Tooltip title={data.lastError}>{chip}</Tooltip> : chip;
}

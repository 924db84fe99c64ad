import { Chip, Tooltip } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc';
import { defineStrings, useStrings } from '../i18n';
import { href } from '../router';

const strings = defineStrings({
  nl: {
    synced: 'Gesynchroniseerd',
    syncing: 'Bezig met synchroniseren…',
    firstSync: 'Eerste synchronisatie: {items} items',
    pending: '{n} wachtend',
    offline: 'Offline',
    conflicts: '{n} conflicten',
    conflictOne: '1 conflict',
    expired: 'Opnieuw aanmelden',
    signedOut: 'Afgemeld',
  },
  en: {
    synced: 'Synced',
    syncing: 'Syncing…',
    firstSync: 'First sync: {items} items',
    pending: '{n} pending',
    offline: 'Offline',
    conflicts: '{n} conflicts',
    conflictOne: '1 conflict',
    expired: 'Sign in again',
    signedOut: 'Signed out',
  },
});

/** Always visible: synced, N pending, offline, N conflicts, and progress of the first sync. */
export function SyncStatusChip() {
  const trpc = useTRPC();
  const t = useStrings(strings);
  const { data } = useQuery({ ...trpc.sync.status.queryOptions(), refetchInterval: 1_000 });
  if (!data) return null;
  const parts: string[] = [];
  let color: 'success' | 'warning' | 'error' | 'default' | 'info' = 'success';
  if (data.firstSync) {
    parts.push(t('firstSync', { items: data.firstSync.items }));
    color = 'info';
  } else if (data.state === 'offline') {
    parts.push(t('offline'));
    color = 'warning';
  } else if (data.state === 'session_expired') {
    parts.push(t('expired'));
    color = 'error';
  } else if (data.state === 'syncing') {
    parts.push(t('syncing'));
    color = 'info';
  } else if (data.state === 'signed_out') {
    parts.push(t('signedOut'));
    color = 'default';
  } else if (!data.pending) {
    parts.push(t('synced'));
  }
  if (data.pending) {
    parts.push(t('pending', { n: data.pending }));
    if (color === 'success') color = 'info';
  }
  if (data.conflicts) {
    parts.push(data.conflicts === 1 ? t('conflictOne') : t('conflicts', { n: data.conflicts }));
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

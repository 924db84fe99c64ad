import { useTranslation } from 'react-i18next';
import { Chip } from '@mui/material';
import type { KioskView } from '../../../../shared/admin';

/** Revoked, not paired yet, online or offline: the one word an admin looks for first. */
export function KioskStatusChip({ kiosk }: { kiosk: KioskView }) {
  const { t } = useTranslation('kiosks');
  const [state, color, variant] = kiosk.revoked
    ? (['revoked', 'default', 'outlined'] as const)
    : !kiosk.paired
      ? (['notPaired', 'info', 'outlined'] as const)
      : kiosk.online
        ? (['online', 'success', 'filled'] as const)
        : (['offline', 'error', 'filled'] as const);
  return <Chip size="small" label={t(state)} color={color} variant={variant} data-testid="kiosk-status" data-state={state} />;
}

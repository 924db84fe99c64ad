import { Chip } from '@mui/material';
import type { KioskView } from '../../../../shared/admin';
import { useStrings } from '../../i18n';
import { kioskStrings } from './strings';

/** Revoked, not paired yet, online or offline: the one word an admin looks for first. */
export function KioskStatusChip({ kiosk }: { kiosk: KioskView }) {
  const t = useStrings(kioskStrings);
  const [state, color, variant] = kiosk.revoked
    ? (['revoked', 'default', 'outlined'] as const)
    : !kiosk.paired
      ? (['notPaired', 'info', 'outlined'] as const)
      : kiosk.online
        ? (['online', 'success', 'filled'] as const)
        : (['offline', 'error', 'filled'] as const);
  return <Chip size="small" label={t(state)} color={color} variant={variant} data-testid="kiosk-status" data-state={state} />;
}

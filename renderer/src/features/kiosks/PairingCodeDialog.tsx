import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PairingCodeView } from '../../../../shared/admin';
import { useTRPC } from '../../trpc';
import { useLanguage } from '../../i18n';
import { readError } from '../../lib/form-errors';
import { countdown, useNow } from './time';
import { groupedCode } from './pairing-qr';
import { PairingQr } from './PairingQr';

const VALID_MS = 15 * 60_000;

/** The one-time pairing code, large and as a QR code, counting down to its expiry. */
export function PairingCodeDialog({ kioskName, pairing: first, onClose }: { kioskName: string; pairing: PairingCodeView; onClose(): void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useTranslation('kiosks');
  const { language } = useLanguage();
  const now = useNow(1_000);
  const [pairing, setPairing] = useState(first);
  const renew = useMutation(trpc.kiosks.newPairingCode.mutationOptions({ onSuccess: setPairing }));
  const left = Date.parse(pairing.expiresAt) - now;
  const expired = left <= 0;
  const until = new Date(pairing.expiresAt).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

  const close = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.kiosks.list.queryKey() });
    onClose();
  };

  return (
    <Dialog open onClose={close} maxWidth="sm" fullWidth aria-labelledby="pairing-title">
      <DialogTitle id="pairing-title">{t('pairingTitle', { name: kioskName })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ alignItems: 'center', textAlign: 'center' }}>
          <Typography color="text.secondary">{t('pairingHelp')}</Typography>
          <Box sx={{ opacity: expired ? 0.25 : 1 }} aria-hidden={expired}>
            <Typography
              data-testid="pairing-code"
              data-code={pairing.code}
              sx={{ fontFamily: '"DejaVu Sans Mono", ui-monospace, monospace', fontSize: 56, fontWeight: 700, letterSpacing: '0.12em', lineHeight: 1.1 }}
            >
              {groupedCode(pairing.code)}
            </Typography>
          </Box>
          <Box sx={{ opacity: expired ? 0.15 : 1, border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <PairingQr code={pairing.code} alt={t('pairingQrAlt', { code: pairing.code })} />
          </Box>
          {expired ? (
            <Alert severity="warning" sx={{ width: '100%' }}>
              {t('expired')}
            </Alert>
          ) : (
            <Box sx={{ width: '100%' }}>
              <Typography data-testid="pairing-expiry" sx={{ fontVariantNumeric: 'tabular-nums', mb: 0.5 }}>
                {t('expiresIn', { time: countdown(left), clock: until })}
              </Typography>
              <LinearProgress variant="determinate" value={Math.min(100, (left / VALID_MS) * 100)} aria-hidden />
            </Box>
          )}
          {renew.isError && (
            <Alert severity="error" sx={{ width: '100%' }}>
              {t('failed', { message: readError(renew.error).message })}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {expired && (
          <Button onClick={() => renew.mutate({ kioskId: pairing.kioskId })} loading={renew.isPending}>
            {t('newCode')}
          </Button>
        )}
        <Button variant="contained" onClick={close}>
          {t('close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { KioskView } from '../../../../shared/admin';
import { SCREENSHOT_MAX_BYTES, SCREENSHOT_WAIT_MS } from '../../../../shared/screenshot';
import { useTRPC } from '../../trpc';
import { readError } from '../../lib/form-errors';

/** How often the console asks whether the kiosk answered, while it waits. */
const POLL_MS = 1_000;

/** Asks the kiosk for a picture of its screen on opening, and shows it (or why there is none) as soon as the kiosk answers. */
export function ScreenshotDialog({ kiosk, onClose }: { kiosk: KioskView; onClose(): void }) {
  const trpc = useTRPC();
  const { t, i18n } = useTranslation('kiosks');
  const queryClient = useQueryClient();
  const latestKey = trpc.kiosks.screenshot.queryKey({ kioskId: kiosk.id });
  // The request's answer ("waiting") replaces what was shown, and the polling below starts from it.
  const request = useMutation(trpc.kiosks.requestScreenshot.mutationOptions({ onSuccess: (view) => queryClient.setQueryData(latestKey, view) }));
  const { mutate } = request;
  useEffect(() => mutate({ kioskId: kiosk.id }), [mutate, kiosk.id]);
  const latest = useQuery({
    ...trpc.kiosks.screenshot.queryOptions({ kioskId: kiosk.id }),
    enabled: request.isSuccess,
    refetchInterval: (query) => (query.state.data?.status === 'waiting' ? POLL_MS : false),
  });
  const shot = request.isSuccess ? latest.data : null;
  const failure = request.error ?? latest.error;
  const when = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{t('screenshotTitle', { name: kiosk.name })}</DialogTitle>
      <DialogContent>
        {failure && <Alert severity="error">{t('failed', { message: readError(failure).message })}</Alert>}
        {!failure && (!shot || shot.status === 'waiting') && (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', py: 2 }} role="status">
            <CircularProgress size={24} />
            <Typography>{t('screenshotWaiting', { name: kiosk.name })}</Typography>
          </Stack>
        )}
        {shot?.status === 'no_answer' && <Alert severity="warning">{t('screenshotNoAnswer', { name: kiosk.name, seconds: SCREENSHOT_WAIT_MS / 1000 })}</Alert>}
        {shot?.status === 'unavailable' && <Alert severity="info">{t('screenshotUnavailable')}</Alert>}
        {shot?.status === 'too_large' && <Alert severity="error">{t('screenshotTooLarge', { megabytes: SCREENSHOT_MAX_BYTES / 1024 / 1024 })}</Alert>}
        {shot?.status === 'failed' && <Alert severity="error">{t('screenshotFailed')}</Alert>}
        {shot?.status === 'taken' && shot.dataBase64 && shot.contentType && (
          <Stack spacing={1}>
            <Box
              component="img"
              data-testid="kiosk-screenshot"
              src={`data:${shot.contentType};base64,${shot.dataBase64}`}
              alt={t('screenshotAlt', { name: kiosk.name })}
              sx={{ display: 'block', maxWidth: '100%', maxHeight: '60vh', mx: 'auto', objectFit: 'contain', border: 1, borderColor: 'divider' }}
            />
            <Typography variant="body2" color="text.secondary" data-testid="kiosk-screenshot-taken">
              {t('screenshotTaken', { time: when(shot.answeredAt ?? shot.requestedAt ?? ''), who: shot.requestedBy ?? '' })}
            </Typography>
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button disabled={request.isPending || shot?.status === 'waiting'} onClick={() => mutate({ kioskId: kiosk.id })}>
          {t('screenshotAgain')}
        </Button>
        <Button onClick={onClose}>{t('close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

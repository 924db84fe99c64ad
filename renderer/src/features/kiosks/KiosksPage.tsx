import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Alert, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { KioskView, PairingCodeView } from '../../../../shared/admin';
import { useTRPC } from '../../trpc';
import { readError } from '../../lib/form-errors';
import { KioskTable } from './KioskTable';
import { NewKioskDialog } from './NewKioskDialog';
import { PairingCodeDialog } from './PairingCodeDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { KiosksHeader } from './KiosksHeader';
import { ScreenHoursDialog } from './ScreenHoursDialog';
import { ScreenshotDialog } from './ScreenshotDialog';

const REFRESH_MS = 10_000;

/** '#/kiosks': a municipality's screens, their health, pairing and revoking. */
export function KiosksPage(_props: { params?: string[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useTranslation('kiosks');
  const session = useQuery(trpc.session.get.queryOptions());
  const isMunicipality = session.data?.tenant?.kind === 'municipality';
  const canManage = isMunicipality && session.data?.user.role === 'admin';
  const kiosks = useQuery({ ...trpc.kiosks.list.queryOptions(), refetchInterval: REFRESH_MS, enabled: isMunicipality });

  const [creating, setCreating] = useState(false);
  const [pairing, setPairing] = useState<{ kioskName: string; pairing: PairingCodeView } | null>(null);
  const [renewing, setRenewing] = useState<KioskView | null>(null);
  const [revoking, setRevoking] = useState<KioskView | null>(null);
  const [hoursOf, setHoursOf] = useState<KioskView | null>(null);
  const [screenshotOf, setScreenshotOf] = useState<KioskView | null>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.kiosks.list.queryKey() });
  const renew = useMutation(
    trpc.kiosks.newPairingCode.mutationOptions({
      onSuccess: (code, { kioskId }) => {
        const kiosk = kiosks.data?.find((k) => k.id === kioskId);
        setRenewing(null);
        setPairing({ kioskName: kiosk?.name ?? '', pairing: code });
        void refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.kiosks.revoke.mutationOptions({
      onSuccess: () => {
        setRevoking(null);
        void refresh();
      },
    }),
  );

  const identify = useMutation(trpc.kiosks.identify.mutationOptions());

  if (session.isSuccess && !isMunicipality) return <Alert severity="info">{t('onlyMunicipality')}</Alert>;

  const askNewCode = (kiosk: KioskView) => {
    renew.reset();
    // Only a screen that is paired now loses something: ask first.
    if (kiosk.paired && !kiosk.revoked) setRenewing(kiosk);
    else renew.mutate({ kioskId: kiosk.id });
  };

  const askRevoke = (kiosk: KioskView) => {
    revoke.reset();
    setRevoking(kiosk);
  };

  return (
    <Stack spacing={3}>
      <KiosksHeader canManage={canManage} updatedAt={kiosks.dataUpdatedAt} onRefresh={refresh} onCreate={() => setCreating(true)} />

      {identify.isSuccess && <Alert severity="success">{t('identifySent', { name: identify.data.name })}</Alert>}
      {identify.isError && <Alert severity="error">{t('failed', { message: readError(identify.error).message })}</Alert>}
      {renew.isError && !renewing && <Alert severity="error">{t('failed', { message: readError(renew.error).message })}</Alert>}
      {kiosks.isPending && <CircularProgress />}
      {kiosks.isError && <Alert severity="error">{t('loadFailed', { message: readError(kiosks.error).message })}</Alert>}
      {kiosks.isSuccess &&
        (kiosks.data.length ? (
          <KioskTable
            kiosks={kiosks.data}
            canManage={canManage}
            onNewCode={askNewCode}
            onRevoke={askRevoke}
            onScreenHours={setHoursOf}
            onIdentify={(k) => identify.mutate({ kioskId: k.id })}
            onScreenshot={setScreenshotOf}
          />
        ) : (
          <Paper variant="outlined" sx={{ p: 4 }}>
            <Typography color="text.secondary">{t('none')}</Typography>
          </Paper>
        ))}

      {creating && (
        <NewKioskDialog
          onClose={() => setCreating(false)}
          onCreated={({ kiosk, pairing: code }) => {
            setCreating(false);
            setPairing({ kioskName: kiosk.name, pairing: code });
            void refresh();
          }}
        />
      )}
      {hoursOf && (
        <ScreenHoursDialog
          kiosk={hoursOf}
          onClose={() => setHoursOf(null)}
          onSaved={() => {
            setHoursOf(null);
            void refresh();
          }}
        />
      )}
      {screenshotOf && <ScreenshotDialog kiosk={screenshotOf} onClose={() => setScreenshotOf(null)} />}
      {pairing && <PairingCodeDialog kioskName={pairing.kioskName} pairing={pairing.pairing} onClose={() => setPairing(null)} />}
      {renewing && (
        <ConfirmDialog
          title={t('newCode')}
          confirmLabel={t('newCode')}
          cancelLabel={t('cancel')}
          pending={renew.isPending}
          error={renew.isError ? readError(renew.error).message : null}
          onConfirm={() => renew.mutate({ kioskId: renewing.id })}
          onCancel={() => setRenewing(null)}
        >
          {t('newCodeWarning')}
        </ConfirmDialog>
      )}
      {revoking && (
        <ConfirmDialog
          title={t('revokeTitle', { name: revoking.name })}
          confirmLabel={t('revokeConfirm')}
          cancelLabel={t('cancel')}
          danger
          pending={revoke.isPending}
          error={revoke.isError ? readError(revoke.error).message : null}
          onConfirm={() => revoke.mutate({ kioskId: revoking.id })}
          onCancel={() => setRevoking(null)}
        >
          {t('revokeText', { location: revoking.locationName })}
        </ConfirmDialog>
      )}
    </Stack>
  );
}

import { useTranslation } from 'react-i18next';
import { Button, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { CLOCK_SKEW_WARNING_MS, type KioskView } from '../../../../shared/admin';
import { useLanguage } from '../../i18n';
import { KioskStatusChip } from './KioskStatusChip';
import { relativeTime, roughDuration, shortDuration, useHubNow } from './time';

interface Props {
  kiosks: KioskView[];
  canManage: boolean;
  onNewCode(kiosk: KioskView): void;
  onRevoke(kiosk: KioskView): void;
  onScreenHours(kiosk: KioskView): void;
  onIdentify(kiosk: KioskView): void;
  onScreenshot(kiosk: KioskView): void;
}

export function KioskTable({ kiosks, canManage, onNewCode, onRevoke, onScreenHours, onIdentify, onScreenshot }: Props) {
  const { t } = useTranslation('kiosks');
  const { language } = useLanguage();
  const now = useHubNow(15_000);

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table aria-label={t('title')}>
        <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
          <TableRow>
            <TableCell>{t('name')}</TableCell>
            <TableCell>{t('status')}</TableCell>
            <TableCell>{t('lastHeartbeat')}</TableCell>
            <TableCell>{t('appVersion')}</TableCell>
            <TableCell>{t('contentSeq')}</TableCell>
            <TableCell>{t('screen')}</TableCell>
            <TableCell>{t('lastError')}</TableCell>
            {canManage && <TableCell align="right">{t('actions')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {kiosks.map((k) => (
            <TableRow key={k.id} data-kiosk-id={k.id} sx={{ opacity: k.revoked ? 0.6 : 1 }}>
              <TableCell sx={{ minWidth: 150 }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {k.name}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {k.locationName}
                </Typography>
              </TableCell>
              <TableCell>
                <KioskStatusChip kiosk={k} />
              </TableCell>
              <TableCell data-testid="kiosk-heartbeat" sx={{ whiteSpace: 'nowrap' }}>
                {k.lastHeartbeatAt ? (
                  <Tooltip title={new Date(k.lastHeartbeatAt).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'medium', hourCycle: 'h23' })}>
                    <span>
                      {relativeTime(k.lastHeartbeatAt, now, language)}
                      {k.uptimeSeconds !== null && (
                        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                          {t('uptime', { time: shortDuration(k.uptimeSeconds, language) })}
                        </Typography>
                      )}
                    </span>
                  </Tooltip>
                ) : (
                  <Typography component="span" variant="body2" color="text.secondary">
                    {t('never')}
                  </Typography>
                )}
                <ClockSkew offsetMs={k.clockOffsetMs} />
              </TableCell>
              <TableCell data-testid="kiosk-version">{k.appVersion ?? '—'}</TableCell>
              <TableCell data-testid="kiosk-content" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                <ContentState kiosk={k} />
              </TableCell>
              <TableCell data-testid="kiosk-screen" sx={{ minWidth: 110 }}>
                {k.orientation ? t(`orientation_${k.orientation}`) : '—'}
                <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block', whiteSpace: 'nowrap' }} data-testid="kiosk-hours">
                  {(k.screenHours ?? k.locationScreenHours) ? t('hoursOff', k.screenHours ?? k.locationScreenHours!) : t('alwaysOn')}
                </Typography>
                {k.languages.length > 0 && (
                  <Tooltip title={k.languages.map((l) => l.toUpperCase()).join(' · ')}>
                    <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                      {t('languagesOffered', { n: k.languages.length })}
                    </Typography>
                  </Tooltip>
                )}
              </TableCell>
              <TableCell sx={{ minWidth: 130 }}>
                {k.lastError ? (
                  <Tooltip title={k.lastError}>
                    <Typography variant="body2" color="error" sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
                      {k.lastError}
                    </Typography>
                  </Tooltip>
                ) : (
                  t('noError')
                )}
              </TableCell>
              {canManage && (
                <TableCell align="right">
                  <Stack spacing={0.5} sx={{ alignItems: 'flex-end' }}>
                    <Button size="small" disabled={!k.online} onClick={() => onIdentify(k)}>
                      {t('identify')}
                    </Button>
                    <Button size="small" disabled={!k.paired || k.revoked} onClick={() => onScreenshot(k)}>
                      {t('screenshot')}
                    </Button>
                    <Button size="small" onClick={() => onScreenHours(k)} sx={{ whiteSpace: 'nowrap' }}>
                      {t('screenHours')}
                    </Button>
                    <Button size="small" onClick={() => onNewCode(k)} sx={{ whiteSpace: 'nowrap' }}>
                      {t('newCodeShort')}
                    </Button>
                    <Button size="small" color="error" disabled={k.revoked} onClick={() => onRevoke(k)}>
                      {t('revoke')}
                    </Button>
                  </Stack>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** "Current", or how many changes of its location the kiosk has not got yet; its content number below. */
function ContentState({ kiosk }: { kiosk: KioskView }) {
  const { t } = useTranslation('kiosks');
  if (kiosk.changesBehind === null) return <>—</>;
  return (
    <>
      <Typography component="span" variant="body2" sx={{ display: 'block', fontWeight: 600, color: kiosk.changesBehind ? 'warning.dark' : 'success.dark' }}>
        {kiosk.changesBehind ? t('behind', { n: kiosk.changesBehind }) : t('current')}
      </Typography>
      <Typography component="span" variant="body2" color="text.secondary">
        {t('contentNumber', { seq: kiosk.contentSeq })}
      </Typography>
    </>
  );
}

/** A kiosk's clock more than a minute off: it still shows what the hub's clock says is valid, but its own clock needs fixing. */
function ClockSkew({ offsetMs }: { offsetMs: number | null }) {
  const { t } = useTranslation('kiosks');
  const { language } = useLanguage();
  if (offsetMs === null || Math.abs(offsetMs) <= CLOCK_SKEW_WARNING_MS) return null;
  const time = roughDuration(Math.abs(offsetMs), language);
  return (
    <Tooltip title={t('clockHelp')}>
      <Typography data-testid="kiosk-clock-skew" component="span" variant="body2" sx={{ display: 'block', color: 'warning.dark', fontWeight: 600, whiteSpace: 'normal' }}>
        {t(offsetMs > 0 ? 'clockAhead' : 'clockBehind', { time })}
      </Typography>
    </Tooltip>
  );
}

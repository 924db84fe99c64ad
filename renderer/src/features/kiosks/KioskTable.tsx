import { useTranslation } from 'react-i18next';
import { Button, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import type { KioskView } from '../../../../shared/admin';
import { useLanguage } from '../../i18n';
import { KioskStatusChip } from './KioskStatusChip';
import { relativeTime, shortDuration, useNow } from './time';

interface Props {
  kiosks: KioskView[];
  canManage: boolean;
  onNewCode(kiosk: KioskView): void;
  onRevoke(kiosk: KioskView): void;
}

export function KioskTable({ kiosks, canManage, onNewCode, onRevoke }: Props) {
  const { t } = useTranslation('kiosks');
  const { language } = useLanguage();
  const now = useNow(15_000);

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table aria-label={t('title')}>
        <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
          <TableRow>
            <TableCell>{t('name')}</TableCell>
            <TableCell>{t('location')}</TableCell>
            <TableCell>{t('status')}</TableCell>
            <TableCell>{t('lastHeartbeat')}</TableCell>
            <TableCell>{t('appVersion')}</TableCell>
            <TableCell align="right">{t('contentSeq')}</TableCell>
            <TableCell>{t('lastError')}</TableCell>
            {canManage && <TableCell align="right">{t('actions')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {kiosks.map((k) => (
            <TableRow key={k.id} data-kiosk-id={k.id} sx={{ opacity: k.revoked ? 0.6 : 1 }}>
              <TableCell sx={{ fontWeight: 600, minWidth: 150 }}>{k.name}</TableCell>
              <TableCell sx={{ minWidth: 140 }}>{k.locationName}</TableCell>
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
              </TableCell>
              <TableCell data-testid="kiosk-version">{k.appVersion ?? '—'}</TableCell>
              <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {k.contentSeq ?? '—'}
              </TableCell>
              <TableCell sx={{ minWidth: 160 }}>
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

import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { Alert, CircularProgress, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { useLanguage } from '../../i18n';
import { readError } from '../../lib/form-errors';
import { describeAudit, type AuditNames } from './audit-description';
import { useLabels } from '../../components/labels';
import { isLanguageCode } from '../../../../shared/languages';

const toMap = (rows: { id: string; name?: string; title?: string }[] | undefined) =>
  new Map((rows ?? []).map((r) => [r.id, r.name ?? r.title ?? '']));

/** The tenant's audit trail for its admins: who, when, what, newest first. */
export function AuditTrail({ tenantName, isMunicipality }: { tenantName: string; isMunicipality: boolean }) {
  const trpc = useTRPC();
  const { t } = useTranslation('users');
  const { language } = useLanguage();
  const labels = useLabels();
  const audit = useQuery(trpc.users.audit.queryOptions({ limit: 200 }));
  // Names for what the lines point at; each list is already cached by its own screen.
  const users = useQuery(trpc.users.list.queryOptions());
  const locations = useQuery(trpc.locations.list.queryOptions());
  const kiosks = useQuery({ ...trpc.kiosks.list.queryOptions(), enabled: isMunicipality });
  const employers = useQuery({ ...trpc.locations.employers.queryOptions(), enabled: isMunicipality });
  const items = useQuery(trpc.content.list.queryOptions());
  const nationalItems = useQuery({ ...trpc.locations.nationalItems.queryOptions(), enabled: isMunicipality });

  const names: AuditNames = useMemo(
    () => ({
      users: toMap(users.data),
      locations: toMap(locations.data),
      kiosks: toMap(kiosks.data),
      employers: toMap(employers.data),
      items: toMap([...(items.data ?? []), ...(nationalItems.data ?? [])]),
      language: (code: string) => (isLanguageCode(code) ? labels.language(code) : code),
    }),
    [users.data, locations.data, kiosks.data, employers.data, items.data, nationalItems.data, labels],
  );

  if (audit.isPending) return <CircularProgress />;
  if (audit.isError) return <Alert severity="error">{readError(audit.error).message}</Alert>;
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('auditIntro', { tenant: tenantName })}</Typography>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('tabAudit')}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 200 }}>{t('auditWhen')}</TableCell>
              <TableCell sx={{ width: 280 }}>{t('auditWho')}</TableCell>
              <TableCell>{t('auditWhat')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {audit.data.length === 0 && (
              <TableRow>
                <TableCell colSpan={3}>{t('auditEmpty')}</TableCell>
              </TableRow>
            )}
            {audit.data.map((line) => (
              <TableRow key={line.id} data-action={line.action}>
                <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  {new Date(line.at).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' })}
                </TableCell>
                <TableCell>{line.actorName}</TableCell>
                <TableCell>{describeAudit(line, names, t)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}

import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import { Alert, Button, CircularProgress, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { AUDIT_KINDS, type AuditKind, type AuditQuery } from '../../../../shared/audit';
import { useTRPC, useTRPCClient } from '../../trpc';
import { readError } from '../../lib/form-errors';
import { useLabels } from '../../components/labels';
import { PageHeader } from '../../components/PageHeader';
import { describeAudit, type AuditNames } from './audit-description';
import { auditCsv } from './audit-csv';

const PAGE = 100;
const toMap = (rows: { id: string; name?: string; title?: string }[] | undefined) => new Map((rows ?? []).map((r) => [r.id, r.name ?? r.title ?? '']));

/** A filter left empty says so ("Everyone") instead of looking unfilled. */
const SHOW_EMPTY = { inputLabel: { shrink: true }, select: { displayEmpty: true } };

type Filter = Pick<AuditQuery, 'actorId' | 'kind' | 'itemId'>;

/** '#/audit': the tenant's activity log for its admins. Filter by person, kind of action and item; page on; export as CSV. */
export function AuditPage() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { t } = useTranslation('audit');
  const labels = useLabels();
  const session = useQuery(trpc.session.get.queryOptions());
  const isMunicipality = session.data?.tenant?.kind === 'municipality';
  const [filter, setFilter] = useState<Filter>({});
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const [exporting, setExporting] = useState(false);
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
    }),
    [users.data, locations.data, kiosks.data, employers.data, items.data, nationalItems.data],
  );
  const describe = (line: Parameters<typeof describeAudit>[0]) => describeAudit(line, names, t, labels.language);
  const change = (next: Filter) => {
    setFilter(next);
    setCursors([undefined]);
  };

  const exportCsv = async () => {
    setExporting(true);
    try {
      const rows: string[][] = [];
      let beforeId: number | undefined;
      do {
        const page = await client.users.audit.query({ ...filter, limit: 500, beforeId });
        for (const line of page.entries) rows.push([line.at, line.actorName, describe(line), line.entity === 'item' ? (names.items.get(line.entityId ?? '') ?? '') : '']);
        beforeId = page.nextBefore ?? undefined;
      } while (beforeId);
      const url = URL.createObjectURL(new Blob([auditCsv(t('csvHeader'), rows)], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${t('title').toLowerCase()}-${new Date().toISOString().slice(0, 10)}.csv`;
      a.click();
      URL.revokeObjectURL(url);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack spacing={3}>
      <PageHeader title={t('title')} intro={t('intro', { tenant: session.data?.tenant?.name ?? '' })}>
        <Button variant="outlined" onClick={() => void exportCsv()} disabled={exporting} data-testid="audit-export" sx={{ flexShrink: 0 }}>
          {exporting ? t('exporting') : t('export')}
        </Button>
      </PageHeader>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField select size="small" slotProps={SHOW_EMPTY} label={t('filterWho')} value={filter.actorId ?? ''} onChange={(e) => change({ ...filter, actorId: e.target.value || undefined })} sx={{ minWidth: 220 }}>
          <MenuItem value="">{t('filterAll')}</MenuItem>
          {(users.data ?? []).map((u) => (
            <MenuItem key={u.id} value={u.id}>
              {u.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          slotProps={SHOW_EMPTY}
          label={t('filterWhat')}
          value={filter.kind ?? ''}
          onChange={(e) => change({ ...filter, kind: AUDIT_KINDS.find((k) => k === e.target.value) })}
          sx={{ minWidth: 260 }}
        >
          <MenuItem value="">{t('filterAllKinds')}</MenuItem>
          {AUDIT_KINDS.map((k: AuditKind) => (
            <MenuItem key={k} value={k}>
              {t(`kind_${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select size="small" slotProps={SHOW_EMPTY} label={t('filterItem')} value={filter.itemId ?? ''} onChange={(e) => change({ ...filter, itemId: e.target.value || undefined })} sx={{ minWidth: 320, maxWidth: 420 }}>
          <MenuItem value="">{t('filterAllItems')}</MenuItem>
          {(items.data ?? []).map((i) => (
            <MenuItem key={i.id} value={i.id}>
              {i.title}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('title')}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 200 }}>{t('auditWhen')}</TableCell>
              <TableCell sx={{ width: 260 }}>{t('auditWho')}</TableCell>
              <TableCell>{t('auditWhat')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {cursors.map((beforeId, i) => (
              <AuditRows
                key={beforeId ?? 'first'}
                query={{ ...filter, limit: PAGE, beforeId }}
                describe={describe}
                dateTime={labels.dateTime}
                onMore={i === cursors.length - 1 ? (next) => setCursors([...cursors, next]) : undefined}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}

/** One page of lines; the last page offers the next. */
function AuditRows({
  query,
  describe,
  dateTime,
  onMore,
}: {
  query: AuditQuery;
  describe: (line: Parameters<typeof describeAudit>[0]) => string;
  dateTime: (iso: string) => string;
  onMore?: (beforeId: number) => void;
}) {
  const trpc = useTRPC();
  const { t } = useTranslation('audit');
  const page = useQuery(trpc.users.audit.queryOptions(query));
  if (page.isPending)
    return (
      <TableRow>
        <TableCell colSpan={3}>
          <CircularProgress size={24} />
        </TableCell>
      </TableRow>
    );
  if (page.isError)
    return (
      <TableRow>
        <TableCell colSpan={3}>
          <Alert severity="error">{readError(page.error).message}</Alert>
        </TableCell>
      </TableRow>
    );
  const { entries, nextBefore } = page.data;
  return (
    <>
      {entries.length === 0 && !query.beforeId && (
        <TableRow>
          <TableCell colSpan={3}>{t('auditEmpty')}</TableCell>
        </TableRow>
      )}
      {entries.map((line) => (
        <TableRow key={line.id} data-action={line.action} data-kinds={line.actions.map((a) => a.kind).join(' ')}>
          <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{dateTime(line.at)}</TableCell>
          <TableCell>{line.actorName}</TableCell>
          <TableCell>{describe(line)}</TableCell>
        </TableRow>
      ))}
      {onMore && nextBefore !== null && (
        <TableRow>
          <TableCell colSpan={3} sx={{ textAlign: 'center' }}>
            <Button onClick={() => onMore(nextBefore)} data-testid="audit-more">
              {t('more')}
            </Button>
          </TableCell>
        </TableRow>
      )}
    </>
  );
}

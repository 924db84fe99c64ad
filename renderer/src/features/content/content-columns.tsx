import { Chip, Link, Stack } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import type { LanguageCode } from '../../../../shared/languages';
import { href } from '../../router';
import type { Labels } from '../../components/labels';
import { LanguageStatusChip, PublishStateChip } from '../../components/StatusChips';
import type { TFunction } from 'i18next';
import type { ContentRow } from './types';

type T = TFunction<'list'>;

const small = { height: 20, fontSize: 11 };

/** The title, and beside it what is special: pinned, waiting to be sent, in conflict. */
function TitleCell({ row, t }: { row: ContentRow; t: T }) {
  return (
    <Stack direction="row" useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 0.75, py: 1, minWidth: 0 }}>
      <Link href={href('item', row.id)} underline="hover" color="inherit" sx={{ fontWeight: 500, lineHeight: 1.35 }} onClick={(e) => e.stopPropagation()}>
        {row.title || t('untitled')}
      </Link>
      {row.pinned && <Chip size="small" variant="outlined" color="primary" label={t('pinned')} sx={small} />}
      {row.pending && <Chip size="small" color="info" label={t('pending')} title={t('pendingHelp')} sx={small} data-testid="marker-pending" />}
      {row.conflict && <Chip size="small" color="error" label={t('conflict')} title={t('conflictHelp')} sx={small} data-testid="marker-conflict" />}
    </Stack>
  );
}

/** The grid's columns; the language column is as wide as the languages in use need. */
export function contentColumns(t: T, labels: Labels, languages: LanguageCode[]): GridColDef<ContentRow>[] {
  return [
    { field: 'title', headerName: t('colTitle'), flex: 1, minWidth: 240, renderCell: ({ row }) => <TitleCell row={row} t={t} /> },
    { field: 'category', headerName: t('colCategory'), width: 145, valueGetter: (_v, row) => labels.category(row.category) },
    { field: 'kind', headerName: t('colKind'), width: 125, valueGetter: (_v, row) => labels.kind(row.kind) },
    { field: 'state', headerName: t('colState'), width: 125, renderCell: ({ row }) => <PublishStateChip state={row.state} /> },
    {
      field: 'translations',
      headerName: t('colLanguages'),
      width: Math.max(130, languages.length * 40 + 24),
      sortable: false,
      renderCell: ({ row }) => (
        <Stack direction="row" useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 0.5, py: 1 }}>
          {languages.map((l) => (
            <LanguageStatusChip key={l} language={l} status={row.translations[l]} />
          ))}
        </Stack>
      ),
    },
    { field: 'updatedAt', headerName: t('colUpdated'), width: 130, valueFormatter: (v: string) => labels.shortDateTime(v) },
  ];
}

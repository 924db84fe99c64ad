import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import { DataGrid, type GridRowSelectionModel } from '@mui/x-data-grid';
import { enUS, nlNL } from '@mui/x-data-grid/locales';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { href, navigate } from '../../router';
import { useLanguage } from '../../i18n';
import { useLabels } from '../../components/labels';
import { applyFilter, languagesInUse, parseFilter } from './list-filter';
import { ContentFilters } from './ContentFilters';
import { useCanEdit } from './useCanEdit';
import { contentColumns } from './content-columns';
import { PageHeader } from '../../components/PageHeader';
import { TranslationExchange } from './translation/TranslationExchange';
import { BulkActions } from './BulkActions';

/** '#/content[/key/value…]': every item of the tenant in a grid, with filters in the URL and a quick search. */
export function ContentListPage({ params = [] }: { params?: string[] }) {
  const trpc = useTRPC();
  const { t } = useTranslation('list');
  const labels = useLabels();
  const { language } = useLanguage();
  const { canEditItems, canTranslate, session } = useCanEdit();
  const list = useQuery({ ...trpc.content.list.queryOptions(), refetchInterval: 2_000 });
  const [search, setSearch] = useState('');
  const [selection, setSelection] = useState<GridRowSelectionModel>({ type: 'include', ids: new Set() });
  const [hidden, setHidden] = useState<string[]>([]);
  // Every word in the title, summary or body, in any language: the desktop core searches its replica.
  const found = useQuery({ ...trpc.search.items.queryOptions({ query: search }), enabled: !!search.trim(), placeholderData: (previous) => previous });
  const filterKey = params.join('/');
  const filter = useMemo(() => parseFilter(filterKey.split('/')), [filterKey]);

  const rows = useMemo(() => (list.data ?? []).filter((r) => !hidden.includes(r.id)), [list.data, hidden]);
  const matches = useMemo(() => (search.trim() && found.data ? new Set(found.data) : null), [search, found.data]);
  const shown = useMemo(() => applyFilter(rows, filter, matches), [rows, filter, matches]);
  const selected = useMemo(() => shown.filter((r) => selection.ids.has(r.id)), [shown, selection]);
  const languages = useMemo(() => languagesInUse(rows, filter.lang ? [filter.lang] : []), [rows, filter.lang]);

  const columns = useMemo(() => contentColumns(t, labels, languages), [t, labels, languages]);

  return (
    <Stack spacing={2.5}>
      <PageHeader title={t('title')} intro={t('intro', { tenant: session?.tenant?.name ?? '' })}>
        {canTranslate && <TranslationExchange />}
        {canEditItems && (
          <Button variant="contained" href={href('item', 'new')} sx={{ flexShrink: 0 }}>
            {t('newItem')}
          </Button>
        )}
      </PageHeader>
      <ContentFilters filter={filter} search={search} onSearch={setSearch} />
      {canEditItems && <BulkActions selected={selected} onDone={() => setSelection({ type: 'include', ids: new Set() })} onHide={setHidden} />}
      {list.isError && <Alert severity="error">{t('loadFailed', { message: list.error.message })}</Alert>}
      <Paper variant="outlined" sx={{ height: 'calc(100vh - 290px)', minHeight: 420 }}>
        <DataGrid
          rows={shown}
          columns={columns}
          loading={list.isPending}
          onRowClick={({ row }, e) => !(e.target instanceof Element && e.target.closest('.MuiDataGrid-cellCheckbox')) && navigate('item', row.id)}
          getRowHeight={() => 'auto'}
          disableRowSelectionOnClick
          checkboxSelection={canEditItems}
          rowSelectionModel={selection}
          onRowSelectionModelChange={setSelection}
          disableColumnMenu
          initialState={{ sorting: { sortModel: [{ field: 'updatedAt', sort: 'desc' }] }, pagination: { paginationModel: { pageSize: 50 } } }}
          pageSizeOptions={[25, 50, 100]}
          localeText={{ ...(language === 'nl' ? nlNL : enUS).components.MuiDataGrid.defaultProps.localeText, noRowsLabel: t('none'), noResultsOverlayLabel: t('none'), paginationDisplayedRows: ({ from, to, count }) => t('rows', { from, to, count }) }}
          sx={{ border: 0, '& .MuiDataGrid-row': { cursor: 'pointer' }, '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center', minHeight: 48 }, '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within': { outline: 'none' } }}
        />
      </Paper>
      <Typography variant="body2" color="text.secondary" data-testid="list-count">
        {t('shown', { n: shown.length, total: rows.length })}
      </Typography>
    </Stack>
  );
}

import { useTranslation } from 'react-i18next';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { CATEGORIES } from '../../../../shared/categories';
import { LANGUAGE_CODES } from '../../../../shared/languages';
import { navigate } from '../../router';
import { useLabels } from '../../components/labels';
import { filterParams, isFiltered, MARKERS, PUBLISH_STATES, TRANSLATION_STATES, type ListFilter } from './list-filter';

/** Search and the filters above the list; changing a filter changes the URL. */
export function ContentFilters({ filter, search, onSearch }: { filter: ListFilter; search: string; onSearch(s: string): void }) {
  const { t } = useTranslation('list');
  const labels = useLabels();
  const set = (change: Partial<ListFilter>) => navigate('content', ...filterParams({ ...filter, ...change }));
  // An empty filter reads "All categories" rather than an empty box.
  const select = { size: 'small' as const, select: true, slotProps: { select: { displayEmpty: true }, inputLabel: { shrink: true } } };

  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <TextField
        size="small"
        type="search"
        label={t('search')}
        value={search}
        onChange={(e) => onSearch(e.target.value)}
        sx={{ width: 200 }}
      />
      <TextField {...select} label={t('category')} value={filter.category ?? ''} onChange={(e) => set({ category: (e.target.value || undefined) as ListFilter['category'] })} sx={{ width: 190 }}>
        <MenuItem value="">{t('allCategories')}</MenuItem>
        {CATEGORIES.map((c) => (
          <MenuItem key={c} value={c}>
            {labels.category(c)}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...select} label={t('state')} value={filter.state ?? ''} onChange={(e) => set({ state: (e.target.value || undefined) as ListFilter['state'] })} sx={{ width: 160 }}>
        <MenuItem value="">{t('allStates')}</MenuItem>
        {PUBLISH_STATES.map((s) => (
          <MenuItem key={s} value={s}>
            {labels.state(s)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        {...select}
        label={t('translation')}
        value={filter.status ?? ''}
        onChange={(e) => set({ status: (e.target.value || undefined) as ListFilter['status'] })}
        sx={{ width: 170 }}
        slotProps={{ ...select.slotProps, htmlInput: { 'data-testid': 'filter-status' } }}
      >
        <MenuItem value="">{t('anyStatus')}</MenuItem>
        {TRANSLATION_STATES.map((s) => (
          <MenuItem key={s} value={s}>
            {labels.translation(s)}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...select} label={t('inLanguage')} value={filter.lang ?? ''} onChange={(e) => set({ lang: (e.target.value || undefined) as ListFilter['lang'] })} sx={{ width: 165 }}>
        <MenuItem value="">{t('anyLanguage')}</MenuItem>
        {LANGUAGE_CODES.map((l) => (
          <MenuItem key={l} value={l}>
            {labels.language(l)}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...select} label={t('marker')} value={filter.marker ?? ''} onChange={(e) => set({ marker: (e.target.value || undefined) as ListFilter['marker'] })} sx={{ width: 160 }}>
        <MenuItem value="">{t('anyMarker')}</MenuItem>
        {MARKERS.map((m) => (
          <MenuItem key={m} value={m}>
            {t(`marker_${m}`)}
          </MenuItem>
        ))}
      </TextField>
      {(isFiltered(filter) || search) && (
        <Button
          onClick={() => {
            onSearch('');
            navigate('content');
          }}
        >
          {t('clear')}
        </Button>
      )}
    </Stack>
  );
}

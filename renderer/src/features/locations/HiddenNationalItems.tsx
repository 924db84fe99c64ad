import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Checkbox,
  Chip,
  CircularProgress,
  FormControlLabel,
  List,
  ListItem,
  ListSubheader,
  Paper,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { LocationView } from '../../../../shared/admin';
import { CATEGORIES, type Category } from '../../../../shared/categories';
import { useTRPC } from '../../trpc';
import { readError } from '../../lib/form-errors';
import { useLocationCache } from './useLocationCache';

/** A searchable checklist of the published national items; a ticked item is not shown at this location. */
export function HiddenNationalItems({ location }: { location: LocationView }) {
  const trpc = useTRPC();
  const { t } = useTranslation('locations');
  const remember = useLocationCache();
  const items = useQuery(trpc.locations.nationalItems.queryOptions());
  const setHidden = useMutation(trpc.locations.setHidden.mutationOptions({ onSuccess: remember }));
  const [search, setSearch] = useState('');
  const [onlyHidden, setOnlyHidden] = useState(false);
  const hidden = useMemo(() => new Set(location.hiddenItemIds), [location.hiddenItemIds]);

  const groups = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    const shown = (items.data ?? []).filter(
      (i) => (!needle || i.title.toLocaleLowerCase().includes(needle)) && (!onlyHidden || hidden.has(i.id)),
    );
    return CATEGORIES.map((category) => ({ category, items: shown.filter((i) => i.category === category) })).filter((g) => g.items.length);
  }, [items.data, search, onlyHidden, hidden]);

  const total = items.data?.length ?? 0;
  const hiddenCount = (items.data ?? []).filter((i) => hidden.has(i.id)).length;

  return (
    <Box component="section" aria-labelledby="hidden-heading">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline' }}>
        <Typography variant="h6" component="h3" id="hidden-heading" sx={{ flexGrow: 1 }}>
          {t('hidden')}
        </Typography>
        {items.isSuccess && (
          <Typography color="text.secondary" data-testid="hidden-count">
            {t('hiddenCount', { n: hiddenCount, total })}
          </Typography>
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('hiddenHelp')}
      </Typography>

      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1.5 }}>
        <TextField
          size="small"
          type="search"
          label={t('search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          sx={{ flexGrow: 1, maxWidth: 420 }}
        />
        <FormControlLabel control={<Switch checked={onlyHidden} onChange={(_, v) => setOnlyHidden(v)} />} label={t('onlyHidden')} />
      </Stack>

      {setHidden.isError && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {t('changeFailed', { message: readError(setHidden.error).message })}
        </Alert>
      )}
      {items.isPending && <CircularProgress size={24} />}
      {items.isError && <Alert severity="error">{readError(items.error).message}</Alert>}
      {items.isSuccess && (
        <Paper variant="outlined" sx={{ maxHeight: 420, overflow: 'auto' }}>
          {groups.length === 0 && <Typography sx={{ p: 2 }} color="text.secondary">{t('noMatches')}</Typography>}
          <List dense disablePadding>
            {groups.map((g) => (
              <li key={g.category}>
                <List dense disablePadding>
                  <ListSubheader sx={{ bgcolor: 'grey.100', lineHeight: '36px' }}>{t(`category_${g.category as Category}`)}</ListSubheader>
                  {g.items.map((item) => {
                    const isHidden = hidden.has(item.id);
                    return (
                      <ListItem key={item.id} data-item-id={item.id} divider>
                        <FormControlLabel
                          sx={{ flexGrow: 1, mr: 0 }}
                          control={
                            <Checkbox
                              checked={isHidden}
                              disabled={setHidden.isPending && setHidden.variables?.itemId === item.id}
                              onChange={(_, checked) => setHidden.mutate({ locationId: location.id, itemId: item.id, hidden: checked })}
                            />
                          }
                          label={
                            <Typography sx={{ color: isHidden ? 'text.secondary' : 'text.primary', textDecoration: isHidden ? 'line-through' : 'none' }}>
                              {item.title}
                            </Typography>
                          }
                        />
                        {isHidden && <Chip size="small" label={t('isHidden')} color="warning" variant="outlined" />}
                      </ListItem>
                    );
                  })}
                </List>
              </li>
            ))}
          </List>
        </Paper>
      )}
    </Box>
  );
}

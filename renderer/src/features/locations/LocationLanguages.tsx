import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Alert, Box, Button, Chip, IconButton, List, ListItem, ListItemText, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { LocationView } from '../../../../shared/admin';
import { LANGUAGE_CODES, type LanguageCode } from '../../../../shared/languages';
import { useLabels } from '../../components/labels';
import { useTRPC } from '../../trpc';
import { readError } from '../../lib/form-errors';
import { useLocationCache } from './useLocationCache';

/** Which languages the location's kiosks and phone app offer, and in which order. */
export function LocationLanguages({ location, canManage }: { location: LocationView; canManage: boolean }) {
  const { t } = useTranslation('locations');
  const labels = useLabels();
  return (
    <Box component="section" aria-labelledby="languages-heading" data-testid="location-languages">
      <Typography variant="h6" component="h3" id="languages-heading">
        {t('languages')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('languagesHelp')}
      </Typography>
      {canManage ? (
        <LanguageEditor key={`${location.id} ${location.languages?.join(',') ?? ''}`} location={location} />
      ) : location.languages ? (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
          {location.languages.map((code) => (
            <Chip key={code} label={labels.language(code)} />
          ))}
        </Stack>
      ) : (
        <Typography color="text.secondary">{t('languagesDefault')}</Typography>
      )}
    </Box>
  );
}

function LanguageEditor({ location }: { location: LocationView }) {
  const trpc = useTRPC();
  const { t } = useTranslation('locations');
  const labels = useLabels();
  const remember = useLocationCache();
  const save = useMutation(trpc.locations.setLanguages.mutationOptions({ onSuccess: remember }));
  const [draft, setDraft] = useState<LanguageCode[]>(location.languages ?? [...LANGUAGE_CODES]);
  const [adding, setAdding] = useState<LanguageCode | ''>('');
  const missing = LANGUAGE_CODES.filter((code) => !draft.includes(code));
  const changed = draft.join(',') !== (location.languages ?? LANGUAGE_CODES).join(',');

  const move = (index: number, by: -1 | 1) =>
    setDraft((list) => {
      const next = [...list];
      [next[index], next[index + by]] = [next[index + by]!, next[index]!];
      return next;
    });

  return (
    <Stack spacing={1.5} sx={{ maxWidth: 640 }}>
      {!location.languages && <Typography color="text.secondary">{t('languagesDefault')}</Typography>}
      <List dense aria-labelledby="languages-heading" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, py: 0, maxHeight: 360, overflowY: 'auto' }}>
        {draft.map((code, index) => {
          const name = labels.language(code);
          return (
            <ListItem
              key={code}
              divider={index < draft.length - 1}
              data-testid="location-language"
              data-language={code}
              secondaryAction={
                <Stack direction="row">
                  <IconButton aria-label={t('moveUp', { language: name })} title={t('moveUp', { language: name })} disabled={index === 0} onClick={() => move(index, -1)}>
                    <span aria-hidden>↑</span>
                  </IconButton>
                  <IconButton aria-label={t('moveDown', { language: name })} title={t('moveDown', { language: name })} disabled={index === draft.length - 1} onClick={() => move(index, 1)}>
                    <span aria-hidden>↓</span>
                  </IconButton>
                  <IconButton aria-label={t('removeLanguage', { language: name })} title={t('removeLanguage', { language: name })} disabled={draft.length === 1} onClick={() => setDraft((list) => list.filter((c) => c !== code))}>
                    <span aria-hidden>×</span>
                  </IconButton>
                </Stack>
              }
              sx={{ pr: 18 }}
            >
              <ListItemText
                primary={`${index + 1}. ${name}`}
                secondary={labels.nativeLanguage(code) === name ? null : labels.nativeLanguage(code)}
                slotProps={{ secondary: { lang: code } }}
              />
            </ListItem>
          );
        })}
      </List>
      {missing.length > 0 && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField select size="small" label={t('addLanguage')} value={adding} onChange={(e) => setAdding(e.target.value as LanguageCode)} sx={{ minWidth: 240 }}>
            {missing.map((code) => (
              <MenuItem key={code} value={code}>
                {labels.language(code)}
              </MenuItem>
            ))}
          </TextField>
          <Button
            variant="outlined"
            disabled={!adding}
            onClick={() => {
              if (adding) setDraft((list) => [...list, adding]);
              setAdding('');
            }}
          >
            {t('add')}
          </Button>
        </Stack>
      )}
      {save.isError && <Alert severity="error">{t('changeFailed', { message: readError(save.error).message })}</Alert>}
      <Stack direction="row" spacing={1}>
        <Button variant="contained" disabled={!changed || save.isPending} onClick={() => save.mutate({ locationId: location.id, languages: draft })}>
          {t('saveLanguages')}
        </Button>
        {location.languages && (
          <Button disabled={save.isPending} onClick={() => save.mutate({ locationId: location.id, languages: null })}>
            {t('resetLanguages')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}

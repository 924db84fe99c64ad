import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { LANGUAGE_CODES, type LanguageCode } from '../../../../../shared/languages';
import { useTRPC } from '../../../trpc';
import { useLabels } from '../../../components/labels';
import { downloadFile } from './download';

const needed = (state: string) => state === 'missing' || state === 'outdated';

/**
 * Choose a target language and items, get XLIFF for the agency. Missing and outdated items come
 * pre-ticked, or the items chosen in the content list when it was opened from there.
 */
export function ExportTranslationDialog({ onClose, itemIds }: { onClose(): void; itemIds?: readonly string[] }) {
  const trpc = useTRPC();
  const { t } = useTranslation('translation');
  const labels = useLabels();
  const rows = useQuery(trpc.content.list.queryOptions()).data ?? [];
  const [language, setLanguage] = useState<LanguageCode>('pl');
  const [picked, setPicked] = useState<Record<string, boolean>>({});
  const [version, setVersion] = useState<'1.2' | '2.0'>('1.2');
  const [zip, setZip] = useState(false);
  const exporter = useMutation(trpc.translation.export.mutationOptions({ onSuccess: (r) => 'file' in r && downloadFile(r.file) }));

  const candidates = useMemo(
    () => rows.filter((r) => r.sourceLanguage !== language).sort((a, b) => Number(needed(b.translations[language])) - Number(needed(a.translations[language]))),
    [rows, language],
  );
  const isPicked = (id: string, state: string) => picked[`${language}:${id}`] ?? (itemIds ? itemIds.includes(id) : needed(state));
  const chosen = candidates.filter((r) => isPicked(r.id, r.translations[language]));
  const result = exporter.data;

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{t('exportTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5}>
          <DialogContentText>{t('exportIntro')}</DialogContentText>
          <TextField select label={t('targetLanguage')} value={language} onChange={(e) => setLanguage(e.target.value as LanguageCode)} sx={{ maxWidth: 320 }} slotProps={{ htmlInput: { 'data-testid': 'export-language' } }}>
            {LANGUAGE_CODES.map((code) => (
              <MenuItem key={code} value={code}>
                {labels.language(code)}
              </MenuItem>
            ))}
          </TextField>
          <Box>
            <Typography variant="subtitle2">{t('itemsHeading', { count: chosen.length })}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t('itemsHint')}
            </Typography>
            <Box sx={{ maxHeight: 240, overflowY: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, mt: 1, px: 1.5 }} data-testid="export-items">
              {candidates.map((r) => {
                const state = r.translations[language];
                return (
                  <Stack key={r.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <FormControlLabel
                      sx={{ flex: 1, minWidth: 0 }}
                      control={<Checkbox checked={isPicked(r.id, state)} onChange={(e) => setPicked({ ...picked, [`${language}:${r.id}`]: e.target.checked })} />}
                      label={r.title}
                    />
                    <Chip size="small" label={t(`state_${state}`)} color={needed(state) ? 'warning' : 'default'} variant="outlined" />
                  </Stack>
                );
              })}
            </Box>
          </Box>
          <Stack direction="row" spacing={6}>
            <Box>
              <FormLabel>{t('format')}</FormLabel>
              <RadioGroup value={version} onChange={(e) => setVersion(e.target.value === '2.0' ? '2.0' : '1.2')}>
                <FormControlLabel value="1.2" control={<Radio />} label={t('format12')} />
                <FormControlLabel value="2.0" control={<Radio />} label={t('format20')} />
              </RadioGroup>
            </Box>
            <Box>
              <FormLabel>{t('packaging')}</FormLabel>
              <RadioGroup value={zip ? 'zip' : 'one'} onChange={(e) => setZip(e.target.value === 'zip')}>
                <FormControlLabel value="one" control={<Radio />} label={t('oneFile')} />
                <FormControlLabel value="zip" control={<Radio />} label={t('zip')} />
              </RadioGroup>
            </Box>
          </Stack>
          {result && 'refused' in result && <Alert severity="warning">{t(`refused_${result.refused}`)}</Alert>}
          {result && 'file' in result && <Alert severity="success" data-testid="export-done">{t('downloaded', { name: result.file.name })}</Alert>}
          {exporter.isError && <Alert severity="error">{t('failed', { message: exporter.error.message })}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('close')}</Button>
        <Button
          variant="contained"
          disabled={!chosen.length || exporter.isPending}
          onClick={() => exporter.mutate({ language, itemIds: chosen.map((r) => r.id), version, zip })}
        >
          {t('download')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  FormLabel,
  LinearProgress,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { ImportRefusal } from '../../../../../main/core/admin/translation-import';
import { useTRPC } from '../../../trpc';
import { ImportChanges } from './ImportChanges';
import { readFiles } from './download';

type Files = { name: string; dataBase64: string }[];

/** Reads the agency's files, shows what would change and what is refused, and imports only on request. */
export function ImportTranslationDialog({ onClose }: { onClose(): void }) {
  const trpc = useTRPC();
  const { t } = useTranslation('translation');
  const [files, setFiles] = useState<Files>([]);
  const [status, setStatus] = useState<'draft' | 'current'>('draft');
  const plan = useMutation(trpc.translation.plan.mutationOptions());
  const importer = useMutation(trpc.translation.import.mutationOptions());

  async function choose(list: FileList | null) {
    if (!list?.length) return;
    const read = await readFiles(list);
    setFiles(read);
    importer.reset();
    plan.mutate({ files: read });
  }

  const refusal = (r: ImportRefusal) =>
    t(`reason_${r.reason}`, { file: r.file, detail: r.detail ?? '', item: r.itemTitle ?? r.itemId ?? '', exported: r.exportedRevision ?? '?', current: r.currentRevision ?? '?' });
  const data = plan.data;
  const blocking = data?.refusals.filter((r) => r.blocking) ?? [];
  const leftOut = data?.refusals.filter((r) => !r.blocking) ?? [];
  const count = data?.changes.length ?? 0;

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{t('importTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t('importIntro')}</DialogContentText>
          <Box>
            <Button variant="outlined" component="label">
              {t('chooseFiles')}
              <input hidden type="file" multiple accept=".xlf,.xliff,.zip,.xml" data-testid="import-files" onChange={(e) => void choose(e.target.files)} />
            </Button>
            {files.length > 0 && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1, overflowWrap: 'anywhere' }}>
                {t('chosen', { count: files.length, names: files.map((f) => f.name).join(', ') })}
              </Typography>
            )}
          </Box>
          {plan.isPending && (
            <Box>
              <Typography variant="body2">{t('checking')}</Typography>
              <LinearProgress />
            </Box>
          )}
          {plan.isError && <Alert severity="error">{t('failed', { message: plan.error.message })}</Alert>}
          {blocking.length > 0 && (
            <Alert severity="error" data-testid="import-blocked">
              {t('blocked')}
              <ul>{blocking.map((r, i) => <li key={i}>{refusal(r)}</li>)}</ul>
            </Alert>
          )}
          {leftOut.length > 0 && (
            <Alert severity="warning" data-testid="import-left-out">
              {t('leftOut')}
              <ul>{leftOut.map((r, i) => <li key={i}>{refusal(r)}</li>)}</ul>
            </Alert>
          )}
          {data && !blocking.length && (
            <>
              <Typography variant="subtitle2">{t('changesHeading', { count })}</Typography>
              {data.unchanged.length > 0 && (
                <Typography variant="body2" color="text.secondary">
                  {t('unchanged', { count: data.unchanged.length })}
                </Typography>
              )}
              <ImportChanges changes={data.changes} />
              {count > 0 && (
                <Box>
                  <FormLabel>{t('saveAs')}</FormLabel>
                  <RadioGroup value={status} onChange={(e) => setStatus(e.target.value === 'current' ? 'current' : 'draft')}>
                    <FormControlLabel value="draft" control={<Radio />} label={t('asDraft')} />
                    <FormControlLabel value="current" control={<Radio />} label={t('asCurrent')} />
                  </RadioGroup>
                </Box>
              )}
            </>
          )}
          {importer.isSuccess && <Alert severity="success" data-testid="import-done">{t('imported', { count: importer.data.changes.length })}</Alert>}
          {importer.isError && <Alert severity="error">{t('failed', { message: importer.error.message })}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('close')}</Button>
        <Button variant="contained" disabled={!count || blocking.length > 0 || importer.isPending || importer.isSuccess} onClick={() => importer.mutate({ files, status })}>
          {t('import', { count })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

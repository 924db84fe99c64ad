import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Revision } from '../../../../../shared/content';
import { LANGUAGE_CODES, type LanguageCode } from '../../../../../shared/languages';
import { useTRPC } from '../../../trpc';
import { useLabels } from '../../../components/labels';
import { serverErrors } from '../../../components/errors';
import { ItemDiff } from '../history/ItemDiff';
import { revisionChanges } from '../history/revision-summary';
import { useRevisionWords } from '../history/useRevisionWords';

interface Props {
  itemId: string;
  canRestore: boolean;
  onClose(): void;
  onRestored(revision: number): void;
}

/** Every revision on the server (online only): who did what, the words that changed, and restore after seeing what it changes. */
export function HistoryDialog({ itemId, canRestore, onClose, onRestored }: Props) {
  const trpc = useTRPC();
  const { t } = useTranslation('editor');
  const labels = useLabels();
  const words = useRevisionWords();
  const history = useQuery({ ...trpc.content.history.queryOptions({ itemId }), retry: false });
  const restore = useMutation(trpc.content.restore.mutationOptions());
  const [picked, setPicked] = useState<number | null>(null);
  const [checking, setChecking] = useState(false);
  const revisions = history.data ?? [];
  const latest = revisions[0];
  const index = Math.max(0, revisions.findIndex((r) => r.revision === picked));
  const shown = revisions[index];
  const previous = revisions[index + 1] ?? null;
  const [language, setLanguage] = useState<LanguageCode | null>(null);
  const lang = language ?? shown?.snapshot.sourceLanguage ?? 'nl';
  const who = (r: Revision) => (r.userName === 'system' ? t('bySystem') : r.userName === 'demo data' ? t('byDemoData') : r.userName);
  const canRestoreShown = canRestore && shown && latest && shown.revision !== latest.revision;

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="history-title">
      <DialogTitle id="history-title">{checking && shown ? t('restoreCheckTitle', { n: shown.revision }) : t('historyTitle')}</DialogTitle>
      <DialogContent dividers sx={{ minHeight: 420 }}>
        {history.isPending && <CircularProgress />}
        {history.isError && <Alert severity="warning">{serverErrors(history.error).code === 'SERVICE_UNAVAILABLE' ? t('historyOffline') : serverErrors(history.error).message}</Alert>}
        {restore.isError && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {serverErrors(restore.error).message}
          </Alert>
        )}
        {shown && latest && checking && (
          <Box data-testid="restore-check">
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {t('restoreHelp')}
            </Typography>
            <ItemDiff before={latest.snapshot} after={shown.snapshot} language={shown.snapshot.sourceLanguage} />
          </Box>
        )}
        {shown && !checking && (
          <Box sx={{ display: 'grid', gridTemplateColumns: '320px minmax(0, 1fr)', gap: 3 }}>
            <Box>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {t('historyHelp')}
              </Typography>
              <List dense sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 520, overflow: 'auto' }} data-testid="history-list">
                {revisions.map((r, i) => (
                  <ListItem key={r.revision} disablePadding>
                  <ListItemButton selected={r.revision === shown.revision} onClick={() => setPicked(r.revision)} data-revision={r.revision}>
                    <ListItemText
                      primary={`${t('revision', { n: r.revision })}${r.revision === latest?.revision ? ` · ${t('current')}` : ''} — ${t('historyBy', { user: who(r), at: labels.dateTime(r.at) })}`}
                      secondary={words(revisionChanges(revisions[i + 1]?.snapshot ?? null, r.snapshot, labels.day))}
                      slotProps={{ secondary: { sx: { color: 'text.primary' } } }}
                    />
                  </ListItemButton>
                  </ListItem>
                ))}
              </List>
            </Box>
            <Box data-testid="history-preview" sx={{ minWidth: 0 }}>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 2 }}>
                <Typography variant="h6" component="h3">
                  {previous ? t('diffAgainst', { n: previous.revision }) : t('changeCreated')}
                </Typography>
                <TextField select size="small" label={t('diffLanguage')} value={lang} onChange={(e) => setLanguage(LANGUAGE_CODES.find((l) => l === e.target.value) ?? null)} sx={{ minWidth: 180 }}>
                  {LANGUAGE_CODES.filter((l) => shown.snapshot.translations[l]).map((l) => (
                    <MenuItem key={l} value={l}>
                      {labels.language(l)}
                    </MenuItem>
                  ))}
                </TextField>
              </Stack>
              <ItemDiff before={previous?.snapshot ?? null} after={shown.snapshot} language={lang} />
            </Box>
          </Box>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3 }}>
        {checking ? (
          <>
            <Button onClick={() => setChecking(false)}>{t('restoreBack')}</Button>
            <Button
              variant="contained"
              data-testid="restore-confirm"
              disabled={restore.isPending}
              onClick={() => shown && restore.mutate({ itemId, revision: shown.revision }, { onSuccess: () => onRestored(shown.revision) })}
            >
              {t('restoreConfirm')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose}>{t('close')}</Button>
            {canRestoreShown && (
              <Button variant="contained" data-testid="restore" onClick={() => setChecking(true)}>
                {t('restore')}
              </Button>
            )}
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}

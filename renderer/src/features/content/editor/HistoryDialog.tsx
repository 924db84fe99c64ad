import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Revision } from '../../../../../shared/content';
import { LANGUAGE_CODES } from '../../../../../shared/languages';
import { useTRPC } from '../../../trpc';
import { useLabels } from '../../../components/labels';
import { LanguageStatusChip } from '../../../components/StatusChips';
import { RichTextView } from '../../../components/RichTextView';
import { serverErrors } from '../../../components/errors';

/** Every revision on the hub (online only), to look at and to restore. */
export function HistoryDialog({ itemId, canRestore, onClose, onRestored }: { itemId: string; canRestore: boolean; onClose(): void; onRestored(revision: number): void }) {
  const trpc = useTRPC();
  const { t } = useTranslation('editor');
  const labels = useLabels();
  const history = useQuery({ ...trpc.content.history.queryOptions({ itemId }), retry: false });
  const restore = useMutation(trpc.content.restore.mutationOptions());
  const [picked, setPicked] = useState<number | null>(null);
  const revisions = history.data ?? [];
  const latest = revisions[0]?.revision;
  const shown = revisions.find((r) => r.revision === picked) ?? revisions[0];

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="history-title">
      <DialogTitle id="history-title">{t('historyTitle')}</DialogTitle>
      <DialogContent dividers sx={{ minHeight: 420 }}>
        {history.isPending && <CircularProgress />}
        {history.isError && <Alert severity="warning">{serverErrors(history.error).code === 'SERVICE_UNAVAILABLE' ? t('historyOffline') : serverErrors(history.error).message}</Alert>}
        {restore.isError && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {serverErrors(restore.error).message}
          </Alert>
        )}
        {shown && (
          <Box sx={{ display: 'grid', gridTemplateColumns: '300px minmax(0, 1fr)', gap: 3 }}>
            <Box>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {t('historyHelp')}
              </Typography>
              <List dense sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 480, overflow: 'auto' }} data-testid="history-list">
                {revisions.map((r) => (
                  <ListItemButton key={r.revision} selected={r.revision === shown.revision} onClick={() => setPicked(r.revision)}>
                    <ListItemText
                      primary={`${t('revision', { n: r.revision })}${r.revision === latest ? ` · ${t('current')}` : ''}`}
                      secondary={t('historyBy', { user: r.userName === 'system' ? t('bySystem') : r.userName === 'demo data' ? t('byDemoData') : r.userName, at: labels.dateTime(r.at) })}
                    />
                  </ListItemButton>
                ))}
              </List>
            </Box>
            <RevisionView revision={shown} />
          </Box>
        )}
      </DialogContent>
      <DialogActions sx={{ justifyContent: 'space-between', px: 3 }}>
        <Typography variant="body2" color="text.secondary">
          {canRestore && shown && shown.revision !== latest ? t('restoreHelp') : ''}
        </Typography>
        <Stack direction="row" spacing={1}>
          <Button onClick={onClose}>{t('close')}</Button>
          {canRestore && shown && shown.revision !== latest && (
            <Button
              variant="contained"
              data-testid="restore"
              disabled={restore.isPending}
              onClick={() => restore.mutate({ itemId, revision: shown.revision }, { onSuccess: () => onRestored(shown.revision) })}
            >
              {t('restore')}
            </Button>
          )}
        </Stack>
      </DialogActions>
    </Dialog>
  );
}

function RevisionView({ revision }: { revision: Revision }) {
  const { t } = useTranslation('editor');
  const labels = useLabels();
  const item = revision.snapshot;
  const source = item.translations[item.sourceLanguage];
  return (
    <Box data-testid="history-preview">
      <Typography variant="overline" color="text.secondary">
        {t('revision', { n: revision.revision })} · {labels.category(item.category)} · {labels.kind(item.kind)} · {item.published ? t('published') : labels.state('draft')}
      </Typography>
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', my: 1 }}>
        {LANGUAGE_CODES.filter((l) => item.translations[l]).map((l) => (
          <LanguageStatusChip key={l} language={l} status={l === item.sourceLanguage ? 'current' : item.translations[l]!.status} />
        ))}
      </Stack>
      <Typography variant="h5" component="p" sx={{ fontWeight: 700 }} lang={item.sourceLanguage}>
        {source?.title}
      </Typography>
      {source?.summary && (
        <Typography color="text.secondary" sx={{ mt: 0.5 }} lang={item.sourceLanguage}>
          {source.summary}
        </Typography>
      )}
      {source?.body && <RichTextView html={source.body} lang={item.sourceLanguage} sx={{ mt: 2 }} />}
    </Box>
  );
}

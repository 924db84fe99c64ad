import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Paper, Snackbar, Stack, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { CATEGORIES, type Category } from '../../../../shared/categories';
import { useTRPC, useTRPCClient } from '../../trpc';
import { useLabels } from '../../components/labels';
import type { ContentRow } from './types';
import { ExportTranslationDialog } from './translation/ExportTranslationDialog';

type Action = { kind: 'publish' } | { kind: 'unpublish' } | { kind: 'move'; category: Category } | { kind: 'delete' };

/** How long a deletion waits for "undo" before it is queued: deleted items cannot come back. */
const DELETE_DELAY_MS = 8_000;

/**
 * Several items at once: publish, unpublish, move to a category, delete. One question first,
 * then one notice with "undo", which puts every item back as it was. Or export them for a
 * translation agency.
 */
export function BulkActions({ selected, onDone, onHide }: { selected: ContentRow[]; onDone(): void; onHide(ids: string[]): void }) {
  const { t } = useTranslation('list');
  const labels = useLabels();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<Action | null>(null);
  const [notice, setNotice] = useState<{ text: string; undo: () => Promise<void>; commit?: () => Promise<void> } | null>(null);
  const [exporting, setExporting] = useState<string[] | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.content.pathKey() });

  const setFields = async (rows: { id: string }[], fields: (row: ContentRow) => { published?: boolean; category?: Category }, from: ContentRow[]) => {
    const byId = new Map(from.map((r) => [r.id, r]));
    for (const row of rows) await client.content.update.mutate({ itemId: row.id, fields: fields(byId.get(row.id)!) });
    await refresh();
  };

  const run = async (action: Action) => {
    setAsking(null);
    const rows = [...selected];
    const n = rows.length;
    onDone();
    if (action.kind === 'delete') {
      // Hidden from the list at once; queued only when the notice goes without "undo".
      onHide(rows.map((r) => r.id));
      setNotice({
        text: t('bulkDeleted', { n }),
        undo: async () => onHide([]),
        commit: async () => {
          for (const row of rows) await client.content.remove.mutate({ itemId: row.id });
          await refresh();
          onHide([]);
        },
      });
      return;
    }
    const change = (): { published?: boolean; category?: Category } =>
      action.kind === 'publish' ? { published: true } : action.kind === 'unpublish' ? { published: false } : { category: action.category };
    const before = (row: ContentRow) => (action.kind === 'move' ? { category: row.category } : { published: row.state !== 'draft' });
    await setFields(rows, change, rows);
    setNotice({
      text: action.kind === 'publish' ? t('bulkPublished', { n }) : action.kind === 'unpublish' ? t('bulkUnpublished', { n }) : t('bulkMoved', { n, category: labels.category(action.category) }),
      undo: () => setFields(rows, before, rows),
    });
  };

  const closeNotice = async (undone: boolean) => {
    const current = notice;
    setNotice(null);
    if (!current) return;
    if (undone) await current.undo();
    else await current.commit?.();
  };

  const question = asking && {
    publish: t('bulkAskPublish', { n: selected.length }),
    unpublish: t('bulkAskUnpublish', { n: selected.length }),
    move: asking.kind === 'move' ? t('bulkAskMove', { n: selected.length, category: labels.category(asking.category) }) : '',
    delete: t('bulkAskDelete', { n: selected.length }),
  }[asking.kind];

  return (
    <>
      {selected.length > 0 && (
        <Paper variant="outlined" sx={{ px: 2, py: 1 }} role="region" aria-label={t('bulkRegion')} data-testid="bulk-actions">
          <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography sx={{ fontWeight: 600, mr: 1 }}>{t('bulkSelected', { n: selected.length })}</Typography>
            <Button variant="contained" onClick={() => setAsking({ kind: 'publish' })}>
              {t('bulkPublish')}
            </Button>
            <Button variant="outlined" onClick={() => setAsking({ kind: 'unpublish' })}>
              {t('bulkUnpublish')}
            </Button>
            {/* Choosing a category asks at once: no second button to press. */}
            <TextField
              select
              size="small"
              label={t('bulkMoveTo')}
              value=""
              onChange={(e) => {
                const category = CATEGORIES.find((c) => c === e.target.value);
                if (category) setAsking({ kind: 'move', category });
              }}
              sx={{ minWidth: 200 }}
            >
              {CATEGORIES.map((c) => (
                <MenuItem key={c} value={c}>
                  {labels.category(c)}
                </MenuItem>
              ))}
            </TextField>
            <Button variant="outlined" onClick={() => setExporting(selected.map((r) => r.id))}>
              {t('bulkExport')}
            </Button>
            <Button color="error" onClick={() => setAsking({ kind: 'delete' })}>
              {t('bulkDelete')}
            </Button>
          </Stack>
        </Paper>
      )}
      {exporting && <ExportTranslationDialog itemIds={exporting} onClose={() => setExporting(null)} />}
      {asking && (
        <Dialog open onClose={() => setAsking(null)} aria-labelledby="bulk-title" aria-describedby="bulk-text">
          <DialogTitle id="bulk-title">{t('bulkConfirmTitle')}</DialogTitle>
          <DialogContent>
            <DialogContentText id="bulk-text">{question}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setAsking(null)}>{t('bulkCancel')}</Button>
            <Button variant="contained" color={asking.kind === 'delete' ? 'error' : 'primary'} onClick={() => void run(asking)} data-testid="bulk-confirm">
              {t('bulkConfirm')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
      <Snackbar
        open={!!notice}
        autoHideDuration={DELETE_DELAY_MS}
        onClose={(_, reason) => reason !== 'clickaway' && void closeNotice(false)}
        message={notice?.text}
        action={
          <Button color="inherit" onClick={() => void closeNotice(true)} data-testid="bulk-undo" sx={{ color: '#9fd3ff' }}>
            {t('bulkUndo')}
          </Button>
        }
      />
    </>
  );
}

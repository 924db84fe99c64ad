import { useTranslation } from 'react-i18next';
import { Alert, Box, CircularProgress, Link, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { href } from '../../router';
import { serverErrors } from '../../components/errors';
import { editsToward } from './editor/draft';
import { keptEdits } from './editor/kept-edits';
import { ItemEditor } from './editor/ItemEditor';
import { DatesProvider } from '../../components/DateTimeFields';

/**
 * '#/item/new', '#/item/<id>', and '#/item/<id>/again/<conflictId>' to correct a change the hub
 * refused. An item of another organisation is "not found", exactly like one that does not exist.
 */
export function EditorPage({ params = [] }: { params?: string[] }) {
  const [id, mode, conflictId] = params;
  // The date pickers come with the editor, the one page that has dates.
  return <DatesProvider>{!id || id === 'new' ? <NewItem /> : <ExistingItem key={params.join('/')} itemId={id} refusedId={mode === 'again' ? conflictId : undefined} />}</DatesProvider>;
}

/** The unsaved edits the desktop core kept for this item (or for "new"), if any. */
function useKeptDraft(itemKey: string) {
  const trpc = useTRPC();
  const kept = useQuery({ ...trpc.drafts.get.queryOptions({ itemKey }), staleTime: Infinity, gcTime: 0 });
  const edits = kept.data ? keptEdits(kept.data.edits) : null;
  return { loading: kept.isPending, draft: kept.data && edits ? { ...kept.data, edits } : null };
}

function NewItem() {
  const { loading, draft } = useKeptDraft('new');
  if (loading) return <CircularProgress sx={{ m: 4 }} />;
  return <ItemEditor key="new" initialEdits={draft?.edits} restored={draft ? { at: draft.updatedAt, changed: false } : undefined} />;
}

function ExistingItem({ itemId, refusedId }: { itemId: string; refusedId?: string }) {
  const trpc = useTRPC();
  const { t } = useTranslation('editor');
  const found = useQuery({ ...trpc.content.get.queryOptions({ itemId }), retry: false, refetchInterval: 2_000 });
  const conflicts = useQuery({ ...trpc.conflicts.list.queryOptions(), enabled: !!refusedId });
  const refused = conflicts.data?.find((c) => c.id === refusedId);
  const kept = useKeptDraft(itemId);

  if (found.isPending || kept.loading || (refusedId && conflicts.isPending)) return <CircularProgress sx={{ m: 4 }} />;
  if (found.isError) {
    const code = serverErrors(found.error).code;
    const missing = code === 'NOT_FOUND' || code === 'BAD_REQUEST';
    // A refused new item never reached the hub: it can be corrected and created again.
    if (missing && refused?.mine) return <ItemEditor initialEdits={editsToward(null, refused.mine)} refused={refused} />;
    return (
      <Stack spacing={2} sx={{ maxWidth: 640 }}>
        <Link href={href('content')} underline="hover" variant="body2">
          {t('back')}
        </Link>
        {missing ? (
          <Box data-testid="item-not-found">
            <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
              {t('notFoundTitle')}
            </Typography>
            <Typography color="text.secondary">{t('notFound')}</Typography>
          </Box>
        ) : (
          <Alert severity="error">{t('loadFailed', { message: serverErrors(found.error).message })}</Alert>
        )}
      </Stack>
    );
  }
  const { item, pending, conflicts: conflictCount } = found.data;
  if (refused?.mine) return <ItemEditor item={item} state={found.data.state} pending={pending} conflicts={conflictCount} initialEdits={editsToward(item, refused.mine)} refused={refused} />;
  const draft = kept.draft;
  return (
    <ItemEditor
      item={item}
      state={found.data.state}
      pending={pending}
      conflicts={conflictCount}
      initialEdits={draft?.edits}
      restored={draft ? { at: draft.updatedAt, changed: draft.baseRevision !== item.revision } : undefined}
    />
  );
}

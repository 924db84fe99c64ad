import { useTranslation } from 'react-i18next';
import { Alert, Box, Button, Card, CardContent, Link, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Item } from '../../../../shared/content';
import { useTRPC } from '../../trpc';
import { href, navigate } from '../../router';
import { useLabels } from '../../components/labels';
import { serverErrors } from '../../components/errors';
import type { RefusedChange } from '../content/types';
import { ConflictCompare } from './ConflictCompare';
import { useRefusalText } from './refusal-text';

function titleOf(item: Item | null): string | null {
  return item ? (item.translations[item.sourceLanguage]?.title ?? null) : null;
}

/** One conflict or refusal, with what can be done about it. Nothing is dropped before a choice. */
export function ConflictCard({ change }: { change: RefusedChange }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useTranslation('conflicts');
  const labels = useLabels();
  const refusalText = useRefusalText();
  const resolve = useMutation(
    trpc.conflicts.resolve.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.conflicts.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.content.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.sync.status.queryKey() }),
        ]),
    }),
  );
  const remove = useMutation(trpc.content.remove.mutationOptions());
  const title = titleOf(change.mine) ?? titleOf(change.server) ?? t('untitled');
  const deleted = change.mutation.type === 'item.delete';
  // What happened, in the console's language; a refusal carries the hub's own reason.
  const what = change.kind === 'rejected' ? refusalText(change) : t(!change.server ? 'whatDeleted' : deleted ? 'whatChangedBeforeDelete' : 'whatChanged');

  return (
    <Card variant="outlined" component="article" data-testid="conflict" data-kind={change.kind} aria-labelledby={`conflict-${change.id}`}>
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, mb: 1.5 }}>
          <Box sx={{ minWidth: 0 }}>
            <Typography id={`conflict-${change.id}`} variant="h6" component="h2">
              {title}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {what} · {t('at', { at: labels.dateTime(change.createdAt) })}
            </Typography>
          </Box>
          {change.server && (
            <Link href={href('item', change.itemId)} sx={{ flexShrink: 0 }}>
              {t('openItem')}
            </Link>
          )}
        </Stack>
        {resolve.isError && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {serverErrors(resolve.error).message}
          </Alert>
        )}

        {change.kind === 'rejected' ? (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              <strong>{t('refusedTitle')}:</strong> {refusalText(change)}. {t('refusedHelp')}
            </Alert>
            <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
              <Button color="inherit" disabled={resolve.isPending} onClick={() => resolve.mutate({ conflictId: change.id, choice: 'server' })}>
                {t('discard')}
              </Button>
              <Button variant="contained" onClick={() => navigate('item', change.itemId, 'again', change.id)}>
                {t('editAgain')}
              </Button>
            </Stack>
          </>
        ) : deleted ? (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              {t('deletedTitle')}
            </Alert>
            <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
              <Button variant="outlined" disabled={resolve.isPending} onClick={() => resolve.mutate({ conflictId: change.id, choice: 'server' })}>
                {t('keepItem')}
              </Button>
              <Button
                color="error"
                variant="contained"
                disabled={resolve.isPending || remove.isPending}
                onClick={() => resolve.mutate({ conflictId: change.id, choice: 'server' }, { onSuccess: () => remove.mutate({ itemId: change.itemId }) })}
              >
                {t('deleteAnyway')}
              </Button>
            </Stack>
          </>
        ) : !change.server ? (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              {t('serverGone')}
            </Alert>
            <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
              <Button color="inherit" disabled={resolve.isPending} onClick={() => resolve.mutate({ conflictId: change.id, choice: 'server' })} data-testid="conflict-discard">
                {t('discard')}
              </Button>
              <Button variant="contained" disabled={resolve.isPending} onClick={() => resolve.mutate({ conflictId: change.id, choice: 'mine' })} data-testid="conflict-recreate">
                {t('recreate')}
              </Button>
            </Stack>
          </>
        ) : (
          <ConflictCompare change={change} busy={resolve.isPending} onResolve={(choice, merged) => resolve.mutate({ conflictId: change.id, choice, merged })} />
        )}
      </CardContent>
    </Card>
  );
}

import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import {
  Alert,
  Button,
  Chip,
  CircularProgress,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeedbackStatus, FeedbackView } from '../../../../shared/feedback';
import { isLanguageCode } from '../../../../shared/languages';
import { useTRPC } from '../../trpc';
import { href } from '../../router';
import { readError } from '../../lib/form-errors';
import { useLabels } from '../../components/labels';
import { PageHeader } from '../../components/PageHeader';
import { FEEDBACK_REFRESH_MS } from './refresh';


/** '#/feedback': what workers said about this organisation's items, new first, to check and mark handled. */
export function FeedbackPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useTranslation('feedback');
  const labels = useLabels();
  const [status, setStatus] = useState<FeedbackStatus | null>('new');
  const list = useQuery({ ...trpc.feedback.list.queryOptions({ status }), refetchInterval: FEEDBACK_REFRESH_MS });
  const setItemStatus = useMutation(
    trpc.feedback.setStatus.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.feedback.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.feedback.newCount.queryKey() }),
        ]),
    }),
  );
  const languageName = (code: string) => (isLanguageCode(code) ? labels.language(code) : code);

  return (
    <Stack spacing={3}>
      <PageHeader title={t('title')} intro={t('intro')}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={status ?? 'all'}
          aria-label={t('filterStatus')}
          onChange={(_, next: FeedbackStatus | 'all' | null) => next && setStatus(next === 'all' ? null : next)}
        >
          <ToggleButton value="new">{t('status_new')}</ToggleButton>
          <ToggleButton value="handled">{t('status_handled')}</ToggleButton>
          <ToggleButton value="all">{t('status_all')}</ToggleButton>
        </ToggleButtonGroup>
      </PageHeader>
      {setItemStatus.isError && <Alert severity="error">{t('failed', { message: readError(setItemStatus.error).message })}</Alert>}
      {list.isPending && <CircularProgress />}
      {list.isError && <Alert severity="error">{t('loadFailed', { message: readError(list.error).message })}</Alert>}
      {list.isSuccess &&
        (list.data.length ? (
          <TableContainer component={Paper} variant="outlined">
            <Table aria-label={t('title')}>
              <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
                <TableRow>
                  <TableCell>{t('date')}</TableCell>
                  <TableCell>{t('item')}</TableCell>
                  <TableCell>{t('feedback')}</TableCell>
                  <TableCell>{t('language')}</TableCell>
                  <TableCell>{t('location')}</TableCell>
                  <TableCell align="right" />
                </TableRow>
              </TableHead>
              <TableBody>
                {list.data.map((f) => (
                  <FeedbackRow
                    key={f.id}
                    feedback={f}
                    date={labels.dateTime(f.createdAt)}
                    languageName={languageName}
                    pending={setItemStatus.isPending && setItemStatus.variables?.id === f.id}
                    onStatus={(next) => setItemStatus.mutate({ id: f.id, status: next })}
                  />
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        ) : (
          <Paper variant="outlined" sx={{ p: 4 }}>
            <Typography color="text.secondary">{t('none')}</Typography>
          </Paper>
        ))}
    </Stack>
  );
}

interface RowProps {
  feedback: FeedbackView;
  date: string;
  languageName(code: string): string;
  pending: boolean;
  onStatus(status: FeedbackStatus): void;
}

function FeedbackRow({ feedback: f, date, languageName, pending, onStatus }: RowProps) {
  const { t } = useTranslation('feedback');
  const color = f.kind === 'problem' ? 'warning' : f.kind === 'helpful' ? 'success' : 'default';
  return (
    <TableRow data-feedback-id={f.id} data-status={f.status} sx={{ verticalAlign: 'top', ...(f.status === 'handled' && { '& td': { color: 'text.secondary' } }) }}>
      <TableCell sx={{ minWidth: 110 }}>{date}</TableCell>
      <TableCell sx={{ minWidth: 180 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {f.itemTitle || t('itemGone')}
        </Typography>
        <Link href={href('item', f.itemId)} variant="body2">
          {t('openItem')}
        </Link>
      </TableCell>
      <TableCell sx={{ minWidth: 180 }}>
        <Chip size="small" color={color} label={t(`kind_${f.kind}`)} />
        {f.reason && (
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {t(`reason_${f.reason}`)}
          </Typography>
        )}
        {f.text && (
          <Typography variant="body2" data-testid="feedback-text" sx={{ mt: 0.5, fontStyle: 'italic', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            “{f.text}”
          </Typography>
        )}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {languageName(f.language)}
        {f.shownLanguage !== f.language && (
          <Typography variant="body2" color="text.secondary">
            {t('shownIn', { language: languageName(f.shownLanguage) })}
          </Typography>
        )}
      </TableCell>
      <TableCell sx={{ minWidth: 140 }}>
        {f.location?.name ?? t('locationHidden')}
        <Typography variant="body2" color="text.secondary" data-testid="feedback-source">
          {t(`source_${f.source}`)}
        </Typography>
      </TableCell>
      <TableCell align="right">
        <Button size="small" variant={f.status === 'new' ? 'contained' : 'text'} disabled={pending} onClick={() => onStatus(f.status === 'new' ? 'handled' : 'new')} sx={{ whiteSpace: 'nowrap' }}>
          {f.status === 'new' ? t('markHandled') : t('markNew')}
        </Button>
      </TableCell>
    </TableRow>
  );
}

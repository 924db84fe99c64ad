import { useTranslation } from 'react-i18next';
import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import type { ImportChange } from '../../../../../main/core/admin/translation-import';
import { richTextToPlain } from '../../../../../shared/rich-text-policy';
import { useLabels } from '../../../components/labels';
import { WordDiff } from '../history/WordDiff';

const FIELDS = [
  ['title', 'fieldTitle'],
  ['summary', 'fieldSummary'],
  ['body', 'fieldBody'],
] as const;

/** Per item, what the import changes: the words taken out and put in, title, summary and text (as a reader sees it). */
export function ImportChanges({ changes }: { changes: ImportChange[] }) {
  const { t } = useTranslation('translation');
  const labels = useLabels();
  return (
    <Stack spacing={1.5} data-testid="import-changes">
      {changes.map((c) => (
        <Paper key={`${c.itemId}:${c.language}`} variant="outlined" sx={{ p: 2 }} data-testid="import-change">
          <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>
              {c.itemTitle}
            </Typography>
            <Chip size="small" label={labels.language(c.language)} />
            {c.beforeStatus ? <Chip size="small" variant="outlined" label={t(`state_${c.beforeStatus}`)} /> : <Chip size="small" color="success" variant="outlined" label={t('newTranslation')} />}
          </Stack>
          <Stack spacing={1}>
            {c.before && FIELDS.every(([f]) => c.before?.[f] === c.after[f]) && (
              <Typography variant="body2" color="text.secondary">
                {t('sameText')}
              </Typography>
            )}
            {FIELDS.map(([field, label]) => {
              const plain = (text: string) => (field === 'body' ? richTextToPlain(text) : text);
              const before = plain(c.before?.[field] ?? '');
              const after = plain(c.after[field]);
              if (before === after) return null;
              return (
                <Box key={field}>
                  <Typography variant="caption" color="text.secondary">
                    {t(label)}
                  </Typography>
                  <WordDiff before={before} after={after} lang={c.language} />
                </Box>
              );
            })}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

import { useTranslation } from 'react-i18next';
import { Stack, Typography } from '@mui/material';
import type { Item } from '../../../../../shared/content';
import type { LanguageCode } from '../../../../../shared/languages';
import { useLabels } from '../../../components/labels';
import { changedParts, comparableText, type ComparedPart } from './item-changes';
import { WordDiff } from './WordDiff';

const PART_LABEL: Record<ComparedPart, 'diffTitle' | 'diffSummary' | 'diffBody' | 'diffContact'> = {
  title: 'diffTitle',
  summary: 'diffSummary',
  body: 'diffBody',
  contact: 'diffContact',
};

/** What differs between two versions of an item in one language: title, summary, text and contact card. */
export function ItemDiff({ before, after, language }: { before: Item | null; after: Item; language: LanguageCode }) {
  const { t } = useTranslation('editor');
  const labels = useLabels();
  const a = comparableText(before, language, labels.day);
  const b = comparableText(after, language, labels.day);
  const parts = changedParts(a, b);
  if (!parts.length) return <Typography color="text.secondary">{t('diffNone')}</Typography>;
  return (
    <Stack spacing={2} data-testid="item-diff">
      {parts.map((part) => (
        <section key={part} aria-labelledby={`diff-${part}`}>
          <Typography id={`diff-${part}`} variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
            {t(PART_LABEL[part])}
          </Typography>
          <WordDiff before={a[part]} after={b[part]} lang={part === 'contact' ? undefined : language} />
        </section>
      ))}
    </Stack>
  );
}

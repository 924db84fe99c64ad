import { Box } from '@mui/material';
import { diffWordsWithSpace } from 'diff';

/**
 * Words taken out and put in, marked with <del> and <ins> so screen readers say so too;
 * colour and strike-through are only the visual half.
 */
export function WordDiff({ before, after, lang }: { before: string; after: string; lang?: string }) {
  const parts = diffWordsWithSpace(before, after);
  return (
    <Box
      lang={lang}
      data-testid="word-diff"
      sx={{
        whiteSpace: 'pre-wrap',
        lineHeight: 1.6,
        '& ins': { bgcolor: '#d7f5dd', color: '#0b4f1c', textDecoration: 'none', borderRadius: 0.5, px: 0.25 },
        '& del': { bgcolor: '#fde2e1', color: '#8a1c14', borderRadius: 0.5, px: 0.25 },
      }}
    >
      {parts.map((part, i) => (part.added ? <ins key={i}>{part.value}</ins> : part.removed ? <del key={i}>{part.value}</del> : <span key={i}>{part.value}</span>))}
    </Box>
  );
}

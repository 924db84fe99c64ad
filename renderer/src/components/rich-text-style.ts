/** One look for rich text, whether it is edited (TipTap) or shown (sanitized HTML). */
export const richTextSx = {
  fontSize: 15,
  lineHeight: 1.55,
  overflowWrap: 'anywhere',
  '& h2': { fontSize: 20, fontWeight: 700, m: '0.8em 0 0.3em' },
  '& h3': { fontSize: 17, fontWeight: 700, m: '0.8em 0 0.3em' },
  '& h4': { fontSize: 15, fontWeight: 700, m: '0.8em 0 0.3em' },
  '& p': { m: '0 0 0.6em' },
  '& ul, & ol': { m: '0 0 0.6em', pl: 3 },
  '& li > p': { m: 0 },
  '& a': { color: 'primary.main' },
  '& > :first-of-type': { mt: 0 },
  '& > :last-child': { mb: 0 },
} as const;

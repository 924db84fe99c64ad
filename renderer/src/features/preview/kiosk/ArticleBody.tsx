import type { MouseEvent } from 'react';
import { Box } from '@mui/material';
import type { LanguageCode } from '../../../../../shared/languages';
import { safeHtml } from '../../../lib/safe-html';
import { dirOf } from './kiosk-language';

/** A preview never leaves the console: links in the body stay text to read, as on a kiosk. */
const keepLinksInside = (e: MouseEvent) => {
  if ((e.target as HTMLElement).closest('a')) e.preventDefault();
};

/** The article's rich text, sanitized again here whatever the hub stored. */
export function ArticleBody({ html, language }: { html: string; language: LanguageCode }) {
  return (
    <Box
      lang={language}
      dir={dirOf(language)}
      onClick={keepLinksInside}
      data-testid="article-body"
      sx={{ fontSize: 18, lineHeight: 1.6, maxWidth: '70ch', '& > :first-child': { mt: 0 }, '& h2, & h3, & h4': { mb: 0.5, mt: 2 }, '& a': { color: 'primary.main' } }}
      dangerouslySetInnerHTML={{ __html: safeHtml(html) }}
    />
  );
}

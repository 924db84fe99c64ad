import { Box, type SxProps, type Theme } from '@mui/material';
import { safeHtml } from '../../../shared/ui/safe-html';
import { richTextSx } from './rich-text-style';

/** Shows stored rich text, always through the render-side sanitizer. */
export function RichTextView({ html, lang, dir, sx }: { html: string; lang?: string; dir?: 'ltr' | 'rtl'; sx?: SxProps<Theme> }) {
  return <Box lang={lang} dir={dir} sx={[richTextSx, ...(Array.isArray(sx) ? sx : [sx])]} dangerouslySetInnerHTML={{ __html: safeHtml(html) }} />;
}

import { useTranslation } from 'react-i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { Box, FormHelperText, FormLabel } from '@mui/material';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { isAllowedHref } from '../../../shared/rich-text-policy';
import { richTextSx } from './rich-text-style';
import { RichTextToolbar } from './RichTextToolbar';
import { RichTextView } from './RichTextView';

/**
 * Exactly what the hub's sanitizer keeps: headings 2–4, paragraphs, lists, bold, italic and
 * links (http, https, tel, mailto). Everything else StarterKit offers is switched off, so
 * nothing an editor makes is silently dropped by the hub.
 */
const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    blockquote: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    trailingNode: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ['tel', 'mailto'],
      defaultProtocol: 'https',
      isAllowedUri: (url) => isAllowedHref(url),
      HTMLAttributes: { target: null, rel: null, class: null },
    },
  }),
];

interface Props {
  value: string;
  onChange(html: string): void;
  label: string;
  readOnly?: boolean;
  error?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  testId?: string;
}

export function RichTextEditor({ value, onChange, label, readOnly, error, lang, dir, testId }: Props) {
  const { t } = useTranslation('richText');
  const labelId = useId();
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // What the editor last said, so a new `value` from outside (a refetch) is told apart from our own echo.
  const lastEmitted = useRef(value);
  const [focused, setFocused] = useState(false);

  const editor = useEditor({
    extensions,
    content: value,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    onUpdate: ({ editor: e }) => {
      const html = e.isEmpty ? '' : e.getHTML();
      lastEmitted.current = html;
      onChangeRef.current(html);
    },
    onFocus: () => setFocused(true),
    onBlur: () => setFocused(false),
  });

  useEffect(() => {
    if (value === lastEmitted.current) return;
    lastEmitted.current = value;
    editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    editor.setOptions({
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelId,
          ...(error ? { 'aria-invalid': 'true' } : {}),
          ...(lang ? { lang } : {}),
          ...(dir ? { dir } : {}),
          ...(testId ? { 'data-testid': testId } : {}),
        },
      },
    });
  }, [editor, labelId, error, lang, dir, testId]);

  return (
    <Box>
      <FormLabel id={labelId} error={!!error} sx={{ display: 'block', mb: 0.5, fontSize: 14 }}>
        {label}
      </FormLabel>
      {readOnly ? (
        <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, bgcolor: 'grey.50', minHeight: 64 }} data-testid={testId}>
          {value ? <RichTextView html={value} lang={lang} dir={dir} /> : <Box sx={{ color: 'text.secondary' }}>{t('empty')}</Box>}
        </Box>
      ) : (
        <Box
          sx={{
            border: 1,
            borderColor: error ? 'error.main' : focused ? 'primary.main' : 'rgba(0, 0, 0, 0.23)',
            boxShadow: (th) => (focused ? `0 0 0 1px ${error ? th.palette.error.main : th.palette.primary.main}` : 'none'),
            borderRadius: 1,
            bgcolor: 'background.paper',
          }}
        >
          <RichTextToolbar editor={editor} />
          <Box
            sx={[
              richTextSx,
              { px: 1.5, py: 1, '& .ProseMirror': { minHeight: 140, outline: 'none' }, '& .ProseMirror > :first-of-type': { mt: 0 } },
            ]}
          >
            <EditorContent editor={editor} />
          </Box>
        </Box>
      )}
      {error && <FormHelperText error>{error}</FormHelperText>}
    </Box>
  );
}

import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Divider, TextField, ToggleButton, Tooltip } from '@mui/material';
import { useEditorState, type Editor } from '@tiptap/react';
import { isAllowedHref } from '../../../shared/rich-text-policy';
import type { resources } from '../locales';

type Key = keyof (typeof resources)['en']['richText'];

/** A small toolbar with only what the hub keeps. */
export function RichTextToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation('richText');
  const [linkOpen, setLinkOpen] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      h4: e.isActive('heading', { level: 4 }),
      paragraph: e.isActive('paragraph'),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
      href: (e.getAttributes('link').href as string | undefined) ?? '',
    }),
  });

  const button = (key: Key, text: string, active: boolean, run: () => void, textSx = {}) => (
    <Tooltip title={t(key)} key={key}>
      <ToggleButton
        value={key}
        size="small"
        selected={active}
        aria-label={t(key)}
        onMouseDown={(e) => e.preventDefault()}
        onClick={run}
        sx={{ border: 0, minWidth: 34, height: 32, px: 1, fontSize: 13, textTransform: 'none', ...textSx }}
      >
        {text}
      </ToggleButton>
    </Tooltip>
  );
  const chain = () => editor.chain().focus();

  return (
    <Box role="toolbar" aria-label={t('toolbar')} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.25, px: 0.5, py: 0.25, borderBottom: 1, borderColor: 'divider' }}>
      {button('paragraph', '¶', state.paragraph && !state.bulletList && !state.orderedList, () => chain().setParagraph().run())}
      {button('heading2', 'H2', state.h2, () => chain().toggleHeading({ level: 2 }).run(), { fontWeight: 700 })}
      {button('heading3', 'H3', state.h3, () => chain().toggleHeading({ level: 3 }).run(), { fontWeight: 700 })}
      {button('heading4', 'H4', state.h4, () => chain().toggleHeading({ level: 4 }).run(), { fontWeight: 700 })}
      <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
      {button('bold', 'B', state.bold, () => chain().toggleBold().run(), { fontWeight: 800 })}
      {button('italic', 'I', state.italic, () => chain().toggleItalic().run(), { fontStyle: 'italic', fontFamily: 'Georgia, serif' })}
      <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
      {button('bulletList', '• ≡', state.bulletList, () => chain().toggleBulletList().run())}
      {button('orderedList', '1. ≡', state.orderedList, () => chain().toggleOrderedList().run())}
      <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
      {button('link', t('linkTitle'), state.link, () => setLinkOpen(true), { textDecoration: 'underline' })}
      {state.link && button('unlink', '✕', false, () => chain().extendMarkRange('link').unsetLink().run())}
      {linkOpen && <LinkDialog initial={state.href} onClose={() => setLinkOpen(false)} onApply={(href) => applyLink(editor, href)} />}
    </Box>
  );
}

function applyLink(editor: Editor, href: string) {
  const chain = editor.chain().focus().extendMarkRange('link');
  if (!href) return chain.unsetLink().run();
  if (editor.state.selection.empty && !editor.isActive('link')) {
    return chain.insertContent({ type: 'text', text: href.replace(/^(tel:|mailto:)/, ''), marks: [{ type: 'link', attrs: { href } }] }).run();
  }
  return chain.setLink({ href }).run();
}

function LinkDialog({ initial, onClose, onApply }: { initial: string; onClose(): void; onApply(href: string): void }) {
  const { t } = useTranslation('richText');
  const [href, setHref] = useState(initial);
  const [error, setError] = useState('');
  const apply = () => {
    const value = href.trim();
    if (value && !isAllowedHref(value)) return setError(t('linkInvalid'));
    onApply(value);
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('linkTitle')}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          margin="dense"
          label={t('linkAddress')}
          value={href}
          onChange={(e) => {
            setHref(e.target.value);
            setError('');
          }}
          onKeyDown={(e) => e.key === 'Enter' && apply()}
          error={!!error}
          helperText={error || t('linkHelp')}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button variant="contained" onClick={apply}>
          {t('apply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

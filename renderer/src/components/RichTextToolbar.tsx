import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Divider, MenuItem, TextField, ToggleButton, Tooltip } from '@mui/material';
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

  // Each button says in words what it does; the tooltip says a little more.
  const button = (key: Key, help: Key, active: boolean, run: () => void, textSx = {}) => (
    <Tooltip title={t(help)} key={key} describeChild>
      <ToggleButton
        value={key}
        size="small"
        selected={active}
        onMouseDown={(e) => e.preventDefault()}
        onClick={run}
        sx={{ border: 0, height: 32, px: 1.25, fontSize: 14, textTransform: 'none', color: 'text.primary', ...textSx }}
      >
        {t(key)}
      </ToggleButton>
    </Tooltip>
  );
  const chain = () => editor.chain().focus();
  const style = state.h2 ? 'heading2' : state.h3 ? 'heading3' : state.h4 ? 'heading4' : 'paragraph';
  const setStyle = (value: string) => {
    if (value === 'heading2') chain().setHeading({ level: 2 }).run();
    else if (value === 'heading3') chain().setHeading({ level: 3 }).run();
    else if (value === 'heading4') chain().setHeading({ level: 4 }).run();
    else chain().setParagraph().run();
  };

  return (
    <Box role="toolbar" aria-label={t('toolbar')} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.25, px: 0.5, py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
      <Tooltip title={t('styleHelp')} placement="top" describeChild>
        <TextField
          select
          size="small"
          label={t('style')}
          value={style}
          onChange={(e) => setStyle(e.target.value)}
          sx={{ minWidth: 170, '& .MuiInputBase-input': { py: 0.5 } }}
          slotProps={{ select: { MenuProps: { disableRestoreFocus: true } } }}
        >
          {(['paragraph', 'heading2', 'heading3', 'heading4'] as const).map((k) => (
            <MenuItem key={k} value={k}>
              {t(k)}
            </MenuItem>
          ))}
        </TextField>
      </Tooltip>
      <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
      {button('bold', 'boldHelp', state.bold, () => chain().toggleBold().run(), { fontWeight: 800 })}
      {button('italic', 'italicHelp', state.italic, () => chain().toggleItalic().run(), { fontStyle: 'italic' })}
      <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
      {button('bulletList', 'bulletListHelp', state.bulletList, () => chain().toggleBulletList().run())}
      {button('orderedList', 'orderedListHelp', state.orderedList, () => chain().toggleOrderedList().run())}
      <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
      {button('linkTitle', 'link', state.link, () => setLinkOpen(true), { textDecoration: 'underline' })}
      {state.link && button('unlink', 'unlinkHelp', false, () => chain().extendMarkRange('link').unsetLink().run())}
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

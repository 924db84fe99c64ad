import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import { Alert, Button, Grid, Snackbar, Stack } from '@mui/material';
import type { Item, TranslationStatus } from '../../../../../shared/content';
import { LANGUAGE_CODES, type LanguageCode } from '../../../../../shared/languages';
import { href, navigate } from '../../../router';
import { type FieldErrors } from '../../../components/errors';
import { useCanEdit } from '../useCanEdit';
import type { RefusedChange } from '../types';
import { changes, currentDraft, hasChanges, NO_EDITS, type DraftFields, type Edits, type TextEdit } from './draft';
import { EditorFormContext, type EditorForm } from './editor-form';
import { useItemActions } from './useItemActions';
import { EditorHeader } from './EditorHeader';
import { ItemFieldsForm } from './ItemFieldsForm';
import { TranslationTabs } from './TranslationTabs';
import { ContactCardForm } from './ContactCardForm';
import { LinksForm } from './LinksForm';
import { ImagesField } from './ImagesField';
import { HistoryDialog } from './HistoryDialog';
import { ConfirmDelete } from './ConfirmDelete';

interface Props {
  /** Absent for a new item. */
  item?: Item | null;
  pending?: boolean;
  conflicts?: number;
  /** Edits to start from, e.g. a change the hub refused, to be corrected and saved again. */
  initialEdits?: Edits;
  refused?: RefusedChange;
}

function dropKeys(errors: FieldErrors, prefix: string): FieldErrors {
  const next = Object.fromEntries(Object.entries(errors).filter(([k]) => !k.startsWith(prefix)));
  return Object.keys(next).length === Object.keys(errors).length ? errors : next;
}

/** The whole editor for one item: settings, texts per language, contact card, links, images, actions. */
export function ItemEditor({ item = null, pending = false, conflicts = 0, initialEdits, refused }: Props) {
  const { t } = useTranslation('editor');
  const { canEditItems, canTranslate } = useCanEdit();
  const actions = useItemActions();
  const [edits, setEdits] = useState<Edits>(initialEdits ?? NO_EDITS);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [tab, setTab] = useState<LanguageCode>(item?.sourceLanguage ?? 'nl');
  const [dialog, setDialog] = useState<'history' | 'delete' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const draft = useMemo(() => currentDraft(item, edits), [item, edits]);
  const dirty = !item || hasChanges(changes(item, edits));
  const source = draft.fields.sourceLanguage;
  const title = draft.texts[source].title || (item ? t('untitled') : t('newTitle'));

  const form: EditorForm = {
    item,
    draft,
    minor: edits.minor,
    fieldsReadOnly: !canEditItems,
    textReadOnly: (l) => (l === source ? !canEditItems : !canTranslate),
    setField: <K extends keyof DraftFields>(key: K, value: DraftFields[K]) => {
      setEdits((e) => ({ ...e, fields: { ...e.fields, [key]: value } }));
      setErrors((e) => dropKeys(e, `fields.${key}`));
    },
    setText: (language: LanguageCode, change: TextEdit) => {
      setEdits((e) => ({ ...e, texts: { ...e.texts, [language]: { ...e.texts[language], ...change } } }));
      setErrors((e) => Object.keys(change).reduce((acc, f) => dropKeys(acc, `translations.${language}.${f}`), e));
    },
    setMinor: (minor) => setEdits((e) => ({ ...e, minor })),
    error: (key) => (errors[key]),
    hasErrors: (prefix) => Object.keys(errors).some((k) => k.startsWith(prefix)),
  };

  const showErrors = (found: FieldErrors, text: string | null) => {
    setErrors(found);
    setGeneral(text);
    const onTab = Object.keys(found).some((k) => k.startsWith(`translations.${tab}.`));
    const first = LANGUAGE_CODES.find((l) => Object.keys(found).some((k) => k.startsWith(`translations.${l}.`)));
    if (!onTab && first) setTab(first);
  };

  const save = async (extra: Partial<DraftFields> = {}) => {
    const next = { ...edits, fields: { ...edits.fields, ...extra } };
    const result = await actions.save(item, next);
    if (!result.ok) return showErrors(result.errors, result.message);
    setErrors({});
    setGeneral(null);
    setEdits(NO_EDITS);
    if (refused) await actions.dropRefused(refused.id);
    if (result.created || refused) window.location.replace(href('item', result.itemId));
    else setNotice(t('saved'));
  };

  const setStatus = async (language: LanguageCode, status: TranslationStatus) => {
    if (!item) return;
    const result = await actions.setTranslationStatus(item, language, status);
    if (!result.ok) showErrors(result.errors, result.message);
  };

  const readOnlyNote = !canTranslate ? t('readOnlyViewer') : !canEditItems ? t('readOnlyTranslator') : null;

  return (
    <EditorFormContext.Provider value={form}>
      <Stack spacing={2.5} sx={{ mt: -3 }}>
        <EditorHeader
          item={item}
          title={title}
          pending={pending}
          conflicts={conflicts}
          dirty={dirty && !!item}
          actions={
            <>
              {item && (
                <Button onClick={() => setDialog('history')} data-testid="open-history">
                  {t('history')}
                </Button>
              )}
              {item && canEditItems && (
                <Button color="error" onClick={() => setDialog('delete')}>
                  {t('delete')}
                </Button>
              )}
              {canEditItems && (
                <Button variant="outlined" disabled={actions.busy} onClick={() => void save({ published: !draft.fields.published })} data-testid="toggle-publish">
                  {draft.fields.published ? t('unpublish') : t('publish')}
                </Button>
              )}
              {canTranslate && (
                <Button variant="contained" disabled={actions.busy || !dirty} onClick={() => void save()} data-testid="save">
                  {actions.busy ? t('saving') : t('save')}
                </Button>
              )}
            </>
          }
        />
        {refused && <Alert severity="warning">{t('againBanner', { message: refused.message })}</Alert>}
        {readOnlyNote && <Alert severity="info">{readOnlyNote}</Alert>}
        {(general || Object.keys(errors).length > 0) && (
          <Alert severity="error" data-testid="save-error">
            {Object.keys(errors).length ? t('fixErrors') : t('notSaved', { message: general ?? '' })}
          </Alert>
        )}
        <TranslationTabs selected={tab} onSelect={setTab} onSetStatus={(l, s) => void setStatus(l, s)} settingStatus={actions.busy} />
        <ItemFieldsForm />
        <ContactCardForm />
        <Grid container spacing={2.5}>
          <Grid size={{ xs: 12, lg: 7 }}>
            <LinksForm />
          </Grid>
          <Grid size={{ xs: 12, lg: 5 }}>
            <ImagesField />
          </Grid>
        </Grid>
      </Stack>
      {dialog === 'history' && item && (
        <HistoryDialog
          itemId={item.id}
          canRestore={canEditItems}
          onClose={() => setDialog(null)}
          onRestored={(n) => {
            setDialog(null);
            setEdits(NO_EDITS);
            void actions.refresh();
            setNotice(t('restored', { n }));
          }}
        />
      )}
      {dialog === 'delete' && item && (
        <ConfirmDelete
          title={title}
          onCancel={() => setDialog(null)}
          onConfirm={() => void actions.deleteItem(item.id).then(() => navigate('content'))}
        />
      )}
      <Snackbar open={!!notice} autoHideDuration={4_000} onClose={() => setNotice(null)} message={notice} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }} />
    </EditorFormContext.Provider>
  );
}

import { useTranslation } from 'react-i18next';
import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Grid, Snackbar, Stack } from '@mui/material';
import type { Item, TranslationStatus } from '../../../../../shared/content';
import { LANGUAGE_CODES, type LanguageCode } from '../../../../../shared/languages';
import { replaceRoute, useLeaveGuard } from '../../../router';
import { type FieldErrors } from '../../../components/errors';
import { useCanEdit } from '../useCanEdit';
import type { RefusedChange } from '../types';
import type { PublishState } from '../../../components/labels';
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
import { LeaveDialog } from './LeaveDialog';
import { hasAnyEdits } from './kept-edits';
import { useKeptEdits } from './useKeptEdits';
import { useLabels } from '../../../components/labels';
import { useRefusalText } from '../../conflicts/refusal-text';

interface Props {
  /** Absent for a new item. */
  item?: Item | null;
  pending?: boolean;
  conflicts?: number;
  state?: PublishState | null;
  /** Edits to start from, e.g. a change the hub refused, to be corrected and saved again. */
  initialEdits?: Edits;
  refused?: RefusedChange;
  /** Set when `initialEdits` are unsaved edits the desktop core kept from an earlier session. */
  restored?: { at: string; changed: boolean };
}

function dropKeys(errors: FieldErrors, prefix: string): FieldErrors {
  const next = Object.fromEntries(Object.entries(errors).filter(([k]) => !k.startsWith(prefix)));
  return Object.keys(next).length === Object.keys(errors).length ? errors : next;
}

/** The whole editor for one item: settings, texts per language, contact card, links, images, actions. */
export function ItemEditor({ item = null, state = null, pending = false, conflicts = 0, initialEdits, refused, restored }: Props) {
  const { t } = useTranslation('editor');
  const refusalText = useRefusalText();
  const { canEditItems, canTranslate } = useCanEdit();
  const actions = useItemActions();
  const [edits, setEdits] = useState<Edits>(initialEdits ?? NO_EDITS);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [tab, setTab] = useState<LanguageCode>(item?.sourceLanguage ?? 'nl');
  const [dialog, setDialog] = useState<'history' | 'delete' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [restoredNote, setRestoredNote] = useState(restored ?? null);
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const labels = useLabels();

  const draft = useMemo(() => currentDraft(item, edits), [item, edits]);
  const dirty = !item || hasChanges(changes(item, edits));
  const unsaved = canTranslate && (item ? dirty : hasAnyEdits(edits));
  const keeper = useKeptEdits(item?.id ?? 'new', item?.revision ?? null, edits, unsaved);
  const ask = useCallback((proceed: () => void) => setLeaving(() => proceed), []);
  useLeaveGuard(unsaved, ask);
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

  /** Saves; `leavingAfter` when the person goes elsewhere next, so the editor stays out of the way. */
  const save = async (extra: Partial<DraftFields> = {}, leavingAfter = false): Promise<boolean> => {
    const next = { ...edits, fields: { ...edits.fields, ...extra } };
    const result = await actions.save(item, next);
    if (!result.ok) {
      showErrors(result.errors, result.message);
      return false;
    }
    setErrors({});
    setGeneral(null);
    setEdits(NO_EDITS);
    setRestoredNote(null);
    await keeper.forget();
    if (refused) await actions.dropRefused(refused.id);
    if (leavingAfter) return true;
    if (result.created || refused) replaceRoute('item', result.itemId);
    else setNotice(t('saved'));
    return true;
  };

  const discardEdits = async () => {
    setEdits(NO_EDITS);
    setErrors({});
    setGeneral(null);
    setRestoredNote(null);
    await keeper.forget();
  };

  const leaveWith = async (choice: 'discard' | 'save') => {
    const proceed = leaving;
    if (!proceed) return;
    const ok = choice === 'save' ? await save({}, true) : (await discardEdits(), true);
    setLeaving(null);
    if (ok) proceed();
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
          state={state}
          title={title}
          pending={pending}
          conflicts={conflicts}
          dirty={unsaved}
          kept={keeper.kept}
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
        {restoredNote && (
          <Alert
            severity="info"
            data-testid="restored-draft"
            action={
              <Button color="inherit" size="small" onClick={() => void discardEdits()}>
                {t('discardDraft')}
              </Button>
            }
          >
            {t(restoredNote.changed ? 'restoredDraftChanged' : 'restoredDraft', { at: labels.dateTime(restoredNote.at) })}
          </Alert>
        )}
        {refused && <Alert severity="warning">{t('againBanner', { message: refusalText(refused) })}</Alert>}
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
          onConfirm={() => void actions.deleteItem(item.id).then(async () => {
            await keeper.forget();
            replaceRoute('content');
          })}
        />
      )}
      {leaving && <LeaveDialog busy={actions.busy} onStay={() => setLeaving(null)} onDiscard={() => void leaveWith('discard')} onSave={() => void leaveWith('save')} />}
      <Snackbar open={!!notice} autoHideDuration={4_000} onClose={() => setNotice(null)} message={notice} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }} />
    </EditorFormContext.Provider>
  );
}

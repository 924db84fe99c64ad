import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Category } from '../../../../../shared/categories';
import type { Item, TranslationStatus } from '../../../../../shared/content';
import type { LanguageCode } from '../../../../../shared/languages';
import { useTRPC } from '../../../trpc';
import { serverErrors, type FieldErrors } from '../../../components/errors';
import { changes, currentDraft, editorErrorKey, hasChanges, validate, type Edits } from './draft';

export type SaveResult = { ok: true; itemId: string; created: boolean } | { ok: false; errors: FieldErrors; message: string | null };

/**
 * Saving, publishing, marking current and deleting. Each change goes to the desktop core,
 * which keeps it in its outbox and sends it to the hub (now, or when the hub is back).
 */
export function useItemActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.content.create.mutationOptions());
  const update = useMutation(trpc.content.update.mutationOptions());
  const remove = useMutation(trpc.content.remove.mutationOptions());
  const resolve = useMutation(trpc.conflicts.resolve.mutationOptions());

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.content.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.conflicts.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.dashboard.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.sync.status.queryKey() }),
    ]);

  const failed = (err: unknown, source: LanguageCode): SaveResult => {
    const found = serverErrors(err);
    const errors = Object.fromEntries(Object.entries(found.fields).map(([k, v]) => [editorErrorKey(k, source), v]));
    return { ok: false, errors, message: found.message };
  };

  async function save(item: Item | null, edits: Edits): Promise<SaveResult> {
    const errors = validate(item, edits);
    if (Object.keys(errors).length) return { ok: false, errors, message: null };
    const draft = currentDraft(item, edits);
    const source = draft.fields.sourceLanguage;
    try {
      if (!item) {
        const { title, summary, body } = draft.texts[source];
        const { itemId } = await create.mutateAsync({ fields: { ...draft.fields, category: draft.fields.category as Category }, source: { title, summary, body } });
        const { translations } = changes(null, edits);
        delete translations[source];
        if (Object.keys(translations).length) await update.mutateAsync({ itemId, translations });
        await refresh();
        return { ok: true, itemId, created: true };
      }
      const change = changes(item, edits);
      if (hasChanges(change)) await update.mutateAsync({ itemId: item.id, ...change, minor: edits.minor });
      await refresh();
      return { ok: true, itemId: item.id, created: false };
    } catch (err) {
      return failed(err, source);
    }
  }

  /** "Mark as up to date" and "withdraw translation": a status change only, the texts stay. */
  async function setTranslationStatus(item: Item, language: LanguageCode, status: TranslationStatus): Promise<SaveResult> {
    try {
      await update.mutateAsync({ itemId: item.id, translations: { [language]: { status } } });
      await refresh();
      return { ok: true, itemId: item.id, created: false };
    } catch (err) {
      return failed(err, item.sourceLanguage);
    }
  }

  async function deleteItem(itemId: string): Promise<void> {
    await remove.mutateAsync({ itemId });
    await refresh();
  }

  /** After a refused change was edited and saved again, the refusal itself is done with. */
  async function dropRefused(conflictId: string): Promise<void> {
    await resolve.mutateAsync({ conflictId, choice: 'server' });
    await refresh();
  }

  return { save, setTranslationStatus, deleteItem, dropRefused, refresh, busy: create.isPending || update.isPending || remove.isPending };
}

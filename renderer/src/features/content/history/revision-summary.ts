import type { Item } from '../../../../../shared/content';
import { LANGUAGE_CODES, type LanguageCode } from '../../../../../shared/languages';
import { changedParts, comparableText, type ComparedPart } from './item-changes';

/** One thing a revision did, for "who did what": the console says it in words. */
export type RevisionChange =
  | { kind: 'created' }
  | { kind: 'published' }
  | { kind: 'unpublished' }
  | { kind: 'edited'; parts: ComparedPart[] }
  | { kind: 'settings' }
  | { kind: 'translated'; language: LanguageCode }
  | { kind: 'markedCurrent'; language: LanguageCode };

const SETTINGS = ['category', 'kind', 'sourceLanguage', 'validFrom', 'validUntil', 'pinned', 'priority', 'links', 'images'] as const;

export function revisionChanges(before: Item | null, after: Item, dayName: (d: number) => string): RevisionChange[] {
  if (!before) return [{ kind: 'created' }];
  const out: RevisionChange[] = [];
  if (!before.published && after.published) out.push({ kind: 'published' });
  if (before.published && !after.published) out.push({ kind: 'unpublished' });
  const source = after.sourceLanguage;
  const parts = changedParts(comparableText(before, source, dayName), comparableText(after, source, dayName));
  if (parts.length) out.push({ kind: 'edited', parts });
  if (SETTINGS.some((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))) out.push({ kind: 'settings' });
  for (const language of LANGUAGE_CODES) {
    if (language === source) continue;
    const was = before.translations[language];
    const now = after.translations[language];
    if (!now) continue;
    const textChanged = !was || was.title !== now.title || was.summary !== now.summary || was.body !== now.body;
    if (textChanged) out.push({ kind: 'translated', language });
    else if (was.status !== 'current' && now.status === 'current') out.push({ kind: 'markedCurrent', language });
  }
  return out;
}

/**
 * The source as it was when a translation was last made current: the newest revision in which
 * that translation was current. `history` is newest first, as the server gives it.
 */
export function sourceWhenCurrent(history: { snapshot: Item }[], language: LanguageCode): Item | null {
  return history.find((r) => r.snapshot.translations[language]?.status === 'current')?.snapshot ?? null;
}

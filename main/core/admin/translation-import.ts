import type { Item, TranslationStatus, TranslationText } from '../../../shared/content';
import type { LanguageCode } from '../../../shared/languages';
import { richTextToPlain } from '../../../shared/rich-text-policy';
import { sanitizeRichText } from '../../hub/content/sanitize';
import { readXliff, TEXT_FIELDS, unpack, type FileProblem } from './xliff-files';

/**
 * What an agency's files would change, checked against this console's replica before anything
 * is written. Problems that make a file untrustworthy block the whole import; an item whose
 * source changed since export is left out and the others can still be imported.
 */
export type RefusalReason = FileProblem | 'other_tenant' | 'unknown_item' | 'source_changed' | 'source_language' | 'empty_title';

export interface ImportRefusal {
  file: string;
  reason: RefusalReason;
  /** True when nothing may be imported while this file is part of the upload. */
  blocking: boolean;
  itemId?: string;
  itemTitle?: string;
  exportedRevision?: number;
  currentRevision?: number;
  detail?: string;
}

export interface ImportChange {
  file: string;
  itemId: string;
  itemTitle: string;
  language: LanguageCode;
  baseRevision: number;
  before: TranslationText | null;
  /** The translation's status before the import: an outdated one the agency left as it was still changes, to its new status. */
  beforeStatus: TranslationStatus | null;
  after: TranslationText;
}

export interface ImportPlan {
  changes: ImportChange[];
  /** Items whose files say nothing new: the translation already reads like this. */
  unchanged: { itemId: string; itemTitle: string; language: LanguageCode }[];
  refusals: ImportRefusal[];
}

export interface UploadedFile {
  name: string;
  dataBase64: string;
}

const titleOf = (item: Item) => item.translations[item.sourceLanguage]?.title ?? '';

/** The source texts the file was made from still read the same as the item's source now. */
function sameSource(item: Item, source: Partial<TranslationText>): boolean {
  const now = item.translations[item.sourceLanguage];
  if (!now) return false;
  return TEXT_FIELDS.every((f) => (f === 'body' ? richTextToPlain(source[f] ?? '') === richTextToPlain(now[f]) : (source[f] ?? '').trim() === now[f].trim()));
}

export async function planImport(files: UploadedFile[], tenantId: string, view: (id: string) => Item | null): Promise<ImportPlan> {
  const plan: ImportPlan = { changes: [], unchanged: [], refusals: [] };
  for (const file of unpack(files)) {
    const read = await readXliff(file.text);
    if (!read.ok) {
      plan.refusals.push({ file: file.name, reason: read.problem, blocking: true, detail: read.detail });
      continue;
    }
    for (const unit of read.units) {
      const item = unit.tenantId === tenantId ? view(unit.itemId) : null;
      const base = { file: file.name, itemId: unit.itemId, exportedRevision: unit.revision };
      if (unit.tenantId !== tenantId) {
        plan.refusals.push({ ...base, reason: 'other_tenant', blocking: true });
        continue;
      }
      if (!item) {
        plan.refusals.push({ ...base, reason: 'unknown_item', blocking: true });
        continue;
      }
      const itemTitle = titleOf(item);
      if (unit.target === item.sourceLanguage || unit.sourceLanguage.split(/[-_]/)[0] !== item.sourceLanguage) {
        plan.refusals.push({ ...base, itemTitle, reason: 'source_language', blocking: true, detail: `${unit.sourceLanguage}→${unit.target}` });
        continue;
      }
      if (unit.revision !== item.revision && !sameSource(item, unit.source)) {
        plan.refusals.push({ ...base, itemTitle, reason: 'source_changed', blocking: false, currentRevision: item.revision });
        continue;
      }
      const before = item.translations[unit.target] ?? null;
      const after: TranslationText = {
        title: (unit.text.title ?? before?.title ?? '').trim(),
        summary: (unit.text.summary ?? before?.summary ?? '').trim(),
        body: sanitizeRichText(unit.text.body ?? before?.body ?? ''),
      };
      if (!after.title) {
        plan.refusals.push({ ...base, itemTitle, reason: 'empty_title', blocking: false });
        continue;
      }
      const same = before && TEXT_FIELDS.every((f) => before[f] === after[f]) && before.status === 'current';
      if (same) plan.unchanged.push({ itemId: item.id, itemTitle, language: unit.target });
      else plan.changes.push({ file: file.name, itemId: item.id, itemTitle, language: unit.target, baseRevision: item.revision, before: before && { title: before.title, summary: before.summary, body: before.body }, beforeStatus: before?.status ?? null, after });
    }
  }
  return plan;
}

export function isBlocked(plan: ImportPlan): boolean {
  return plan.refusals.some((r) => r.blocking);
}

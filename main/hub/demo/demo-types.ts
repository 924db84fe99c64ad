import type { Category, ItemKind } from '../../../shared/categories';
import type { ContactCard, Link, TranslationText } from '../../../shared/content';
import type { LanguageCode } from '../../../shared/languages';

/** Which demo organisation writes an item. */
export type DemoLayer = 'national' | 'municipality' | 'flexwerk' | 'lageweide';

export interface DemoItem {
  /** Stable slug, unique across all demo items, e.g. 'brp-registration'. */
  key: string;
  layer: DemoLayer;
  category: Category;
  kind: ItemKind;
  sourceLanguage: LanguageCode;
  /** Default true. */
  published?: boolean;
  pinned?: boolean;
  priority?: number;
  /** Days from the moment of seeding; e.g. 7 makes a scheduled item that appears in a week. */
  validFromDays?: number;
  validUntilDays?: number;
  contact?: Partial<ContactCard>;
  links?: Link[];
  /** The source language's text must be present; other languages are its translations. */
  texts: Partial<Record<LanguageCode, Pick<TranslationText, 'title'> & Partial<TranslationText>>>;
  /** Translations that are left as drafts. */
  draft?: LanguageCode[];
  /** Translations whose source text changed after they were made (they end up "outdated"). */
  outdated?: LanguageCode[];
}

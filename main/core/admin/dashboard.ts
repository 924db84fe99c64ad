import type { KioskView } from '../../../shared/admin';
import type { Item, TranslationState } from '../../../shared/content';
import { LANGUAGE_CODES, type LanguageCode } from '../../../shared/languages';
import { visibilityAt } from '../../../shared/merged-feed';
import type { AdminCore } from './admin-core';

export type PublishState = 'draft' | 'published' | 'scheduled' | 'expired';

export interface ContentRow {
  id: string;
  title: string;
  category: Item['category'];
  kind: Item['kind'];
  sourceLanguage: LanguageCode;
  state: PublishState;
  pinned: boolean;
  validFrom: string | null;
  validUntil: string | null;
  updatedAt: string;
  revision: number;
  pending: boolean;
  conflict: boolean;
  translations: Record<LanguageCode, TranslationState>;
}

export function publishState(item: Item, now: Date): PublishState {
  switch (visibilityAt(item, now)) {
    case 'unpublished':
      return 'draft';
    case 'not_yet_valid':
      return 'scheduled';
    case 'expired':
      return 'expired';
    case 'visible':
      return 'published';
  }
}

export function translationStates(item: Item): Record<LanguageCode, TranslationState> {
  return Object.fromEntries(
    LANGUAGE_CODES.map((l) => [l, l === item.sourceLanguage ? 'current' : (item.translations[l]?.status ?? 'missing')]),
  ) as Record<LanguageCode, TranslationState>;
}

export function contentSummary(core: AdminCore): ContentRow[] {
  const now = core.now();
  const pending = core.store.pendingItemIds();
  const conflicted = new Set(core.store.conflicts().map((c) => c.itemId));
  return core.store.views().map((item) => ({
    id: item.id,
    title: item.translations[item.sourceLanguage]?.title ?? '',
    category: item.category,
    kind: item.kind,
    sourceLanguage: item.sourceLanguage,
    state: publishState(item, now),
    pinned: item.pinned,
    validFrom: item.validFrom,
    validUntil: item.validUntil,
    updatedAt: item.updatedAt,
    revision: item.revision,
    pending: pending.has(item.id),
    conflict: conflicted.has(item.id),
    translations: translationStates(item),
  }));
}

export interface KioskCounts {
  total: number;
  /** Paired kiosks that stopped reporting: these need someone to look. */
  offline: number;
  /** Created but never paired: waiting for an installer, not broken. */
  notPaired: number;
  /** Every language the municipality's kiosks offer workers, as they reported them. */
  offeredLanguages: LanguageCode[];
}

export function kioskCounts(list: readonly KioskView[]): KioskCounts {
  const active = list.filter((k) => !k.revoked);
  return {
    total: active.length,
    offline: active.filter((k) => k.paired && !k.online).length,
    notPaired: active.filter((k) => !k.paired).length,
    // In the order the kiosks offer them: a location's chosen order comes first on the dashboard too.
    offeredLanguages: [...new Set(active.filter((k) => k.paired).flatMap((k) => k.languages))],
  };
}

/** The console's first screen: what needs attention in this tenant's layer. */
export async function dashboard(core: AdminCore) {
  const rows = contentSummary(core);
  const itemsByState: Record<PublishState, number> = { draft: 0, published: 0, scheduled: 0, expired: 0 };
  for (const r of rows) itemsByState[r.state]++;
  const translations = LANGUAGE_CODES.map((language) => {
    const counts = { language, missing: 0, draft: 0, outdated: 0, withdrawn: 0, current: 0 };
    for (const r of rows) counts[r.translations[language]]++;
    return counts;
  });
  let kiosks: KioskCounts | null = null;
  if (core.session()?.tenant?.kind === 'municipality') {
    try {
      kiosks = kioskCounts(await core.hub().kiosks.list.query());
    } catch {
      kiosks = null; // offline: the dashboard still shows the local figures
    }
  }
  return { itemsByState, translations, kiosks, total: rows.length };
}

import type { Item } from './content';
import type { LanguageCode } from './languages';
import { workerReads } from './merged-feed';
import type { PublishedItem } from './sync';

/** Only what a worker may read leaves the hub (see `workerReads`): never drafts or withdrawn translations. */
export function toPublished(item: Item): PublishedItem {
  const { translations, published: _published, ...rest } = item;
  const shown: PublishedItem['translations'] = {};
  for (const [language, t] of Object.entries(translations) as [LanguageCode, NonNullable<Item['translations'][LanguageCode]>][]) {
    const isSource = language === item.sourceLanguage;
    if (isSource || workerReads(t.status)) {
      shown[language] = { title: t.title, summary: t.summary, body: t.body, updatedAt: t.updatedAt, ...(!isSource && t.status === 'outdated' ? { outdated: true } : {}) };
    }
  }
  return { ...rest, translations: shown };
}

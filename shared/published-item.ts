import type { Item } from './content';
import type { LanguageCode } from './languages';
import type { PublishedItem } from './sync';

/** Only what a worker may read leaves the hub: the source text and current translations, never drafts. */
export function toPublished(item: Item): PublishedItem {
  const { translations, published: _published, ...rest } = item;
  const shown: PublishedItem['translations'] = {};
  for (const [language, t] of Object.entries(translations) as [LanguageCode, NonNullable<Item['translations'][LanguageCode]>][]) {
    if (language === item.sourceLanguage || t.status === 'current') {
      shown[language] = { title: t.title, summary: t.summary, body: t.body, updatedAt: t.updatedAt };
    }
  }
  return { ...rest, translations: shown };
}

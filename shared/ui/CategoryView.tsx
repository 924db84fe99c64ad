import type { Category } from '../categories';
import type { FeedListEntry } from '../merged-feed';
import { EntryList } from './EntryList';
import { CategoryIcon } from './Icon';
import { useLanguage, useText } from './language';
import { useCountOnce } from './usage';

/** Everything in one topic, from every organisation, in the worker's language where it exists. */
export function CategoryView({ category, entries }: { category: Category; entries: readonly FeedListEntry[] }) {
  const t = useText();
  useCountOnce({ kind: 'category', language: useLanguage(), category }, category);
  return (
    <main className="screen-body list-body">
      <h1 className={`page-title tile-${category}`}>
        <span className="tile-icon">
          <CategoryIcon category={category} size={56} />
        </span>
        {t(`category.${category}`)}
      </h1>
      {entries.length ? <EntryList entries={entries} /> : <p className="empty">{t('emptyCategory')}</p>}
    </main>
  );
}

import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Category } from '../../../shared/categories';
import { categoryName } from '../../../shared/kiosk-strings';
import { EntryList } from '../components/EntryList';
import { CategoryIcon } from '../components/Icon';
import { TopBar } from '../components/TopBar';
import { useLanguage, useText } from '../lib/i18n';
import { MARKS, markAfterPaint } from '../lib/perf';
import { useTRPC } from '../trpc';
import { Loading } from './Loading';

/** Everything in one topic, from every organisation, in the worker's language where it exists. */
export function CategoryScreen({ category }: { category: Category }) {
  const trpc = useTRPC();
  const language = useLanguage();
  const t = useText();
  const list = useQuery(trpc.category.queryOptions({ language, category }));
  const ready = !!list.data;
  useEffect(() => {
    if (ready) markAfterPaint(MARKS.painted, 'category');
  }, [ready]);

  return (
    <div className="screen" data-screen="category">
      <TopBar />
      {!list.data ? (
        <Loading />
      ) : (
        <main className="screen-body list-body">
          <h1 className={`page-title tile-${category}`}>
            <span className="tile-icon">
              <CategoryIcon category={category} size={56} />
            </span>
            {categoryName(language, category)}
          </h1>
          {list.data.length ? <EntryList entries={list.data} /> : <p className="empty">{t('emptyCategory')}</p>}
        </main>
      )}
    </div>
  );
}

import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Category } from '../../../shared/categories';
import { CategoryView } from '../../../shared/ui/CategoryView';
import { useLanguage } from '../../../shared/ui/language';
import { Loading } from '../../../shared/ui/Loading';
import { WorkerScreen } from '../../../shared/ui/WorkerScreen';
import { MARKS, markAfterPaint } from '../lib/perf';
import { useTRPC } from '../trpc';

/** One topic's entries from the local store. */
export function CategoryScreen({ category }: { category: Category }) {
  const trpc = useTRPC();
  const language = useLanguage();
  const list = useQuery(trpc.category.queryOptions({ language, category }));
  const ready = !!list.data;
  useEffect(() => {
    if (ready) markAfterPaint(MARKS.painted, 'category');
  }, [ready]);

  return <WorkerScreen name="category">{list.data ? <CategoryView category={category} entries={list.data} /> : <Loading />}</WorkerScreen>;
}

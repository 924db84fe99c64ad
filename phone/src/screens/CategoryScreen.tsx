import type { Category } from '../../../shared/categories';
import { CategoryView } from '../../../shared/ui/CategoryView';
import { usePhone } from '../lib/phone-context';

export function CategoryScreen({ category }: { category: Category }) {
  const { bundle } = usePhone();
  return <CategoryView category={category} entries={bundle.entries.filter((e) => e.category === category)} />;
}

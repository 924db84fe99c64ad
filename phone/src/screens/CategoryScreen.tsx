import type { Category } from '../../../shared/categories';
import { categoryName } from '../../../shared/kiosk-strings';
import { useLanguage, useText } from '../../../kiosk/src/lib/i18n';
import { EntryList } from '../components/EntryList';
import { usePhone } from '../lib/phone-context';

export function CategoryScreen({ category }: { category: Category }) {
  const { bundle } = usePhone();
  const language = useLanguage();
  const t = useText();
  const entries = bundle.entries.filter((e) => e.category === category);
  return (
    <>
      <h1 className="page-title">{categoryName(language, category)}</h1>
      {entries.length ? <EntryList entries={entries} /> : <p className="empty">{t('emptyCategory')}</p>}
    </>
  );
}

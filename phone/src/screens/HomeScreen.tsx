import { CATEGORIES } from '../../../shared/categories';
import { categoryName } from '../../../shared/kiosk-strings';
import { CategoryIcon, Icon } from '../../../kiosk/src/components/Icon';
import { dirOf, useLanguage, useText } from '../../../kiosk/src/lib/i18n';
import { AppLink } from '../components/Link';
import { InstallHint } from '../components/InstallHint';
import { usePhone } from '../lib/phone-context';

/** Urgent notices first, then the topics of this place as big tiles, then how to keep the app. */
export function HomeScreen() {
  const { bundle } = usePhone();
  const language = useLanguage();
  const t = useText();
  const urgent = bundle.entries.filter((e) => e.kind === 'urgent');
  const tiles = CATEGORIES.map((category) => ({ category, count: bundle.entries.filter((e) => e.category === category && e.kind !== 'urgent').length })).filter((c) => c.count > 0);
  return (
    <>
      {urgent.length > 0 && (
        <ul className="urgent-list">
          {urgent.map((notice) => (
            <li key={notice.id}>
              <AppLink to={{ screen: 'item', itemId: notice.id }} className="urgent-banner">
                <Icon name="alert" size={28} />
                <span className="urgent-text">
                  <span className="urgent-label">{t('urgent')}</span>
                  <span className="urgent-title" lang={notice.shownLanguage} dir={dirOf(notice.shownLanguage)}>
                    {notice.title}
                  </span>
                </span>
              </AppLink>
            </li>
          ))}
        </ul>
      )}
      <h1 className="section-title">{t('topics')}</h1>
      <ul className="tiles">
        {tiles.map(({ category, count }) => (
          <li key={category}>
            <AppLink to={{ screen: 'category', category }} className={`tile tile-${category}`}>
              <CategoryIcon category={category} size={36} />
              <span className="tile-name">{categoryName(language, category)}</span>
              <span className="tile-count">{count}</span>
            </AppLink>
          </li>
        ))}
      </ul>
      <InstallHint />
    </>
  );
}

import type { HomeOverview } from '../merged-feed';
import { CategoryIcon, Icon } from './Icon';
import { dirOf, useText } from './language';
import { useNavigation } from './navigation';
import { useOrientation } from './orientation';
import { QrCode } from './QrCode';

/** The brand and the location's name, in the home screen's top bar. */
export function HomeBrand({ locationName }: { locationName: string | null }) {
  return (
    <div className="brand-block">
      <span className="brand">Wegwijs</span>
      {locationName && <span className="location-name">{locationName}</span>}
    </div>
  );
}

/** Urgent notices on top, the topics as big tiles, the search, and the QR code for the phone. */
export function HomeView({ home, phoneAppUrl }: { home: HomeOverview; phoneAppUrl: string | null }) {
  const t = useText();
  const nav = useNavigation();
  const orientation = useOrientation();

  // Portrait has room for the whole invitation; the narrow landscape column says just "Search".
  const searchEntry = nav.canSearch && (
    <button type="button" className="search-entry" onClick={() => nav.open({ kind: 'search' })}>
      <Icon name="search" size={48} />
      <span>{orientation === 'portrait' ? t('searchPrompt') : t('search')}</span>
    </button>
  );
  return (
    <main className="screen-body home-body">
      <div className="home-main">
        {home.urgent.length > 0 && (
          <ul className="urgent-list">
            {home.urgent.map((notice) => (
              <li key={notice.id}>
                <button type="button" className="urgent-banner" data-item-id={notice.id} onClick={() => nav.open({ kind: 'article', itemId: notice.id })}>
                  <Icon name="alert" size={52} />
                  <span className="urgent-text">
                    <span className="urgent-label">{t('urgent')}</span>
                    <span className="urgent-title" lang={notice.shownLanguage} dir={dirOf(notice.shownLanguage)}>
                      {notice.title}
                    </span>
                  </span>
                  <Icon name="chevron" size={44} />
                </button>
              </li>
            ))}
          </ul>
        )}
        <h1 className="section-title">{t('topics')}</h1>
        <ul className="tiles">
          {home.categories
            .filter((c) => c.count > 0)
            .map(({ category, count }) => (
              <li key={category}>
                <button type="button" className={`tile tile-${category}`} data-category={category} onClick={() => nav.open({ kind: 'category', category })}>
                  <span className="tile-icon">
                    <CategoryIcon category={category} size={56} />
                    <span className="tile-count">{count}</span>
                  </span>
                  <span className="tile-name">{t(`category.${category}`)}</span>
                </button>
              </li>
            ))}
        </ul>
        {orientation === 'portrait' && searchEntry}
      </div>
      <aside className="home-aside">
        {orientation === 'landscape' && searchEntry}
        {phoneAppUrl && <QrCode url={phoneAppUrl} caption={t('scanApp')} testId="app-qr" />}
      </aside>
    </main>
  );
}

import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { categoryName } from '../../../shared/kiosk-strings';
import { CategoryIcon, Icon } from '../components/Icon';
import { QrCode } from '../components/QrCode';
import { TopBar } from '../components/TopBar';
import { dirOf, useLanguage, useText } from '../lib/i18n';
import { useNavigation } from '../lib/navigation';
import { MARKS, markAfterPaint } from '../lib/perf';
import { useOrientation } from '../lib/orientation';
import { useTRPC } from '../trpc';
import { Loading } from './Loading';

/** Urgent notices on top, the topics as big tiles, the search, and the QR code for the phone. */
export function HomeScreen({ locationName }: { locationName: string | null }) {
  const trpc = useTRPC();
  const language = useLanguage();
  const t = useText();
  const nav = useNavigation();
  const home = useQuery(trpc.home.queryOptions({ language }));
  const orientation = useOrientation();
  const ready = !!home.data;
  useEffect(() => {
    if (ready) markAfterPaint(MARKS.painted, 'home');
  }, [ready]);

  // Portrait has room for the whole invitation; the narrow landscape column says just "Search".
  const searchEntry = (
    <button type="button" className="search-entry" onClick={() => nav.open({ kind: 'search' })}>
      <Icon name="search" size={48} />
      <span>{orientation === 'portrait' ? t('searchPrompt') : t('search')}</span>
    </button>
  );
  return (
    <div className="screen" data-screen="home">
      <TopBar>
        <div className="brand-block">
          <span className="brand">Wegwijs</span>
          {locationName && <span className="location-name">{locationName}</span>}
        </div>
      </TopBar>
      {!home.data ? (
        <Loading />
      ) : (
        <main className="screen-body home-body">
          <div className="home-main">
            {home.data.urgent.length > 0 && (
              <ul className="urgent-list">
                {home.data.urgent.map((notice) => (
                  <li key={notice.id}>
                    <button type="button" className="urgent-banner" onClick={() => nav.open({ kind: 'article', itemId: notice.id })}>
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
              {home.data.categories
                .filter((c) => c.count > 0)
                .map(({ category, count }) => (
                  <li key={category}>
                    <button type="button" className={`tile tile-${category}`} onClick={() => nav.open({ kind: 'category', category })}>
                      <span className="tile-icon">
                        <CategoryIcon category={category} size={56} />
                        <span className="tile-count">{count}</span>
                      </span>
                      <span className="tile-name">{categoryName(language, category)}</span>
                    </button>
                  </li>
                ))}
            </ul>
            {orientation === 'portrait' && searchEntry}
          </div>
          <aside className="home-aside">
            {orientation === 'landscape' && searchEntry}
            {home.data.phoneAppUrl && <QrCode url={home.data.phoneAppUrl} caption={t('scanApp')} testId="app-qr" />}
          </aside>
        </main>
      )}
    </div>
  );
}

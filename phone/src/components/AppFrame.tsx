import type { ReactNode } from 'react';
import { languageInfo } from '../../../shared/languages';
import { Icon } from '../../../shared/ui/Icon';
import { useLanguage, useText } from '../../../shared/ui/language';
import { usePhone } from '../lib/phone-context';
import type { Route } from '../lib/route';
import { AppLink } from './Link';
import { PhoneIcon } from './PhoneIcon';
import { StatusLine } from './StatusLine';

/**
 * Every screen of a location: the place and the language on top, whether the content is fresh,
 * and the four places a thumb reaches at the bottom (home, search, kept articles, places).
 */
export function AppFrame({ children }: { children: ReactNode }) {
  const { bundle, place } = usePhone();
  const language = useLanguage();
  const t = useText();
  const tabs: { to: Route; icon: ReactNode; label: string; screen: Route['screen'] }[] = [
    { to: { screen: 'home' }, icon: <Icon name="home" size={26} />, label: t('home'), screen: 'home' },
    { to: { screen: 'search', query: '' }, icon: <Icon name="search" size={26} />, label: t('search'), screen: 'search' },
    { to: { screen: 'saved' }, icon: <PhoneIcon name="bookmark" size={26} />, label: t('saved'), screen: 'saved' },
    { to: { screen: 'places' }, icon: <Icon name="pin" size={26} />, label: t('places'), screen: 'places' },
  ];
  return (
    <div className="app" data-screen={place.route.screen}>
      <header className="top">
        <AppLink to={{ screen: 'home' }} className="brand-block">
          <span className="brand">Wegwijs</span>
          <span className="place-name">{bundle.location.name}</span>
        </AppLink>
        <AppLink to={{ screen: 'language' }} className="language-button" label={`${t('changeLanguage')}: ${languageInfo(language).nativeName}`}>
          <Icon name="globe" size={24} />
          <span>{languageInfo(language).nativeName}</span>
        </AppLink>
      </header>
      <StatusLine />
      {/* Each screen brings its own <main>. */}
      <div className="content">{children}</div>
      <nav className="tabs" aria-label="Wegwijs">
        {tabs.map((tab) => (
          <AppLink key={tab.screen} to={tab.to} className={`tab${place.route.screen === tab.screen ? ' tab-current' : ''}`}>
            {tab.icon}
            <span>{tab.label}</span>
          </AppLink>
        ))}
      </nav>
    </div>
  );
}

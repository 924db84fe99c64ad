import type { ReactNode } from 'react';
import { languageInfo } from '../languages';
import { useLanguage, useText } from './language';
import { useNavigation } from './navigation';
import { Icon } from './Icon';

/**
 * The bar on every screen after the language choice: big Back and Home at the start (the
 * right in Arabic), Search and the language at the end. Each button says what it does in words.
 */
export function TopBar({ children }: { children?: ReactNode }) {
  const nav = useNavigation();
  const t = useText();
  const language = useLanguage();
  return (
    <header className="top-bar">
      <nav className="top-bar-group">
        {nav.canGoBack && (
          <button type="button" className="bar-button" onClick={nav.back}>
            <Icon name="back" />
            <span>{t('back')}</span>
          </button>
        )}
        {nav.screen.kind !== 'home' && (
          <button type="button" className="bar-button" onClick={nav.home}>
            <Icon name="home" />
            <span>{t('home')}</span>
          </button>
        )}
      </nav>
      <div className="top-bar-middle">{children}</div>
      <div className="top-bar-group">
        {/* Home has its own big search field; the search screen is where it leads. */}
        {nav.canSearch && nav.screen.kind !== 'search' && nav.screen.kind !== 'home' && (
          <button type="button" className="bar-button" onClick={() => nav.open({ kind: 'search' })}>
            <Icon name="search" />
            <span>{t('search')}</span>
          </button>
        )}
        <button type="button" className="bar-button language-button" onClick={nav.startOver} aria-label={`${t('changeLanguage')}: ${languageInfo(language).nativeName}`}>
          <Icon name="globe" />
          <span>{languageInfo(language).nativeName}</span>
        </button>
      </div>
    </header>
  );
}

import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next, useTranslation } from 'react-i18next';
import { useCallback, useMemo } from 'react';
import { resources } from './locales';

export type UiLanguage = 'nl' | 'en';
export const UI_LANGUAGES: UiLanguage[] = ['nl', 'en'];
const STORAGE_KEY = 'wegwijs.ui-language';

const stored: UiLanguage = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
document.documentElement.lang = stored;

// ICU message syntax gives real plurals: `{n, plural, one {# item} other {# items}}`.
void i18next
  .use(ICU)
  .use(initReactI18next)
  .init({
    resources,
    lng: stored,
    fallbackLng: false,
    defaultNS: 'shell',
    // React escapes what it renders; escaping here would show "&amp;" on screen.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
  });

export const i18n = i18next;

/** The console's own language (Dutch or English), kept across restarts. */
export function useLanguage() {
  const { i18n: instance } = useTranslation();
  const language: UiLanguage = instance.language === 'en' ? 'en' : 'nl';
  const setLanguage = useCallback(
    (l: UiLanguage) => {
      localStorage.setItem(STORAGE_KEY, l);
      document.documentElement.lang = l;
      void instance.changeLanguage(l);
    },
    [instance],
  );
  return useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
}

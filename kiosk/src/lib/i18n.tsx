import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react';
import { languageInfo, type LanguageCode } from '../../../shared/languages';
import { kioskText, type KioskStringKey } from '../../../shared/kiosk-strings';

const LanguageContext = createContext<LanguageCode>('nl');

/** The worker's chosen language for everything below; the page's lang and dir follow it. */
export function LanguageProvider({ language, children }: { language: LanguageCode; children: ReactNode }) {
  useDocumentLanguage(language);
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

/** Sets `<html lang dir>`, so screen readers, hyphenation, fonts and the mirrored layout follow the language. */
export function useDocumentLanguage(language: LanguageCode) {
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = languageInfo(language).rtl ? 'rtl' : 'ltr';
  }, [language]);
}

export function useLanguage(): LanguageCode {
  return useContext(LanguageContext);
}

/** `t('from', { organisation })`: a kiosk string in the chosen language. */
export function useText() {
  const language = useLanguage();
  return useCallback((key: KioskStringKey, vars?: Record<string, string | number>) => kioskText(language, key, vars), [language]);
}

export function dirOf(language: LanguageCode): 'rtl' | 'ltr' {
  return languageInfo(language).rtl ? 'rtl' : 'ltr';
}

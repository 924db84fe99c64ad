import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { languageInfo, type LanguageCode } from '../languages';
import { kioskText, type KioskStringKey } from '../kiosk-strings';

const WorkerLanguageContext = createContext<LanguageCode>('nl');

/**
 * The worker's chosen language for everything below. The screens that render these parts set
 * the page's own `lang` and `dir` (the kiosk on its document, the preview on its frame).
 */
export function WorkerLanguage({ language, children }: { language: LanguageCode; children: ReactNode }) {
  return <WorkerLanguageContext.Provider value={language}>{children}</WorkerLanguageContext.Provider>;
}

export function useLanguage(): LanguageCode {
  return useContext(WorkerLanguageContext);
}

/** `t('from', { organisation })`: a worker-facing string in the chosen language (shared/kiosk-strings). */
export function useText() {
  const language = useLanguage();
  return useCallback((key: KioskStringKey, vars?: Record<string, string | number>) => kioskText(language, key, vars), [language]);
}

export function dirOf(language: LanguageCode): 'rtl' | 'ltr' {
  return languageInfo(language).rtl ? 'rtl' : 'ltr';
}

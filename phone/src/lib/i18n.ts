import { useCallback, useEffect } from 'react';
import type { LanguageCode } from '../../../shared/languages';
import { dirOf, useLanguage } from '../../../shared/ui/language';
import { phoneText, type PhoneStringKey } from '../phone-strings';

/** `p('updated', { time })`: a phone-only string in the worker's language (the kiosk's strings come from `useText`). */
export function usePhoneText() {
  const language = useLanguage();
  return useCallback((key: PhoneStringKey, vars?: Record<string, string>) => phoneText(language, key, vars), [language]);
}

/** The page's `lang` and `dir` follow the worker's language: screen readers, fonts and the mirrored layout. */
export function useDocumentLanguage(language: LanguageCode) {
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = dirOf(language);
  }, [language]);
}

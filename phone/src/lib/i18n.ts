import { useEffect } from 'react';
import type { LanguageCode } from '../../../shared/languages';
import { dirOf } from '../../../shared/ui/language';

/** The page's `lang` and `dir` follow the worker's language: screen readers, fonts and the mirrored layout. */
export function useDocumentLanguage(language: LanguageCode) {
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = dirOf(language);
  }, [language]);
}

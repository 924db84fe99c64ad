import { useEffect, type ReactNode } from 'react';
import type { LanguageCode } from '../../../shared/languages';
import { dirOf, WorkerLanguage } from '../../../shared/ui/language';

/** The worker's language for the whole kiosk screen: the document's lang and dir follow it. */
export function LanguageProvider({ language, children }: { language: LanguageCode; children: ReactNode }) {
  useDocumentLanguage(language);
  return <WorkerLanguage language={language}>{children}</WorkerLanguage>;
}

/** Sets `<html lang dir>`, so screen readers, hyphenation, fonts and the mirrored layout follow the language. */
export function useDocumentLanguage(language: LanguageCode) {
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = dirOf(language);
  }, [language]);
}

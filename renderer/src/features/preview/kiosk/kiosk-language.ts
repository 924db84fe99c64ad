import { languageInfo, type LanguageCode } from '../../../../../shared/languages';

/** The writing direction of a language, for text shown in it (a fallback text may differ from the screen's). */
export function dirOf(language: LanguageCode): 'rtl' | 'ltr' {
  return languageInfo(language).rtl ? 'rtl' : 'ltr';
}

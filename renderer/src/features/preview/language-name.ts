import type { LanguageCode } from '../../../../shared/languages';

/** A language's name in the console's language ("Pools", "Polish"), from the browser's own tables. */
export function languageNameIn(uiLanguage: string, code: LanguageCode): string {
  return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
}

/**
 * Languages Wegwijs offers, with the names their speakers use (no flags: a flag is a country, not
 * a language) and the question the language screen asks in each, so that screen needs none of
 * the per-language string files (shared/strings/) that are loaded only once a worker chooses.
 */
export const LANGUAGES = [
  { code: 'nl', nativeName: 'Nederlands', englishName: 'Dutch', rtl: false, chooseLanguage: 'Kies uw taal' },
  { code: 'en', nativeName: 'English', englishName: 'English', rtl: false, chooseLanguage: 'Choose your language' },
  { code: 'pl', nativeName: 'Polski', englishName: 'Polish', rtl: false, chooseLanguage: 'Wybierz język' },
  { code: 'ro', nativeName: 'Română', englishName: 'Romanian', rtl: false, chooseLanguage: 'Alegeți limba' },
  { code: 'bg', nativeName: 'Български', englishName: 'Bulgarian', rtl: false, chooseLanguage: 'Изберете език' },
  { code: 'hu', nativeName: 'Magyar', englishName: 'Hungarian', rtl: false, chooseLanguage: 'Válasszon nyelvet' },
  { code: 'lt', nativeName: 'Lietuvių', englishName: 'Lithuanian', rtl: false, chooseLanguage: 'Pasirinkite kalbą' },
  { code: 'lv', nativeName: 'Latviešu', englishName: 'Latvian', rtl: false, chooseLanguage: 'Izvēlieties valodu' },
  { code: 'sk', nativeName: 'Slovenčina', englishName: 'Slovak', rtl: false, chooseLanguage: 'Vyberte si jazyk' },
  { code: 'cs', nativeName: 'Čeština', englishName: 'Czech', rtl: false, chooseLanguage: 'Vyberte si jazyk' },
  { code: 'pt', nativeName: 'Português', englishName: 'Portuguese', rtl: false, chooseLanguage: 'Escolha o seu idioma' },
  { code: 'es', nativeName: 'Español', englishName: 'Spanish', rtl: false, chooseLanguage: 'Elija su idioma' },
  { code: 'uk', nativeName: 'Українська', englishName: 'Ukrainian', rtl: false, chooseLanguage: 'Оберіть мову' },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', rtl: true, chooseLanguage: 'اختر لغتك' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [LanguageCode, ...LanguageCode[]];

/** English is the bridge language: the fallback before the item's source language. */
export const BRIDGE_LANGUAGE: LanguageCode = 'en';

export function isLanguageCode(value: string): value is LanguageCode {
  return (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function languageInfo(code: LanguageCode) {
  const found = LANGUAGES.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown language ${code}`);
  return found;
}

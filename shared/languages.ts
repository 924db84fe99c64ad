/** Languages Wegwijs offers, with the names their speakers use (no flags: a flag is a country, not a language). */
export const LANGUAGES = [
  { code: 'nl', nativeName: 'Nederlands', englishName: 'Dutch', rtl: false },
  { code: 'en', nativeName: 'English', englishName: 'English', rtl: false },
  { code: 'pl', nativeName: 'Polski', englishName: 'Polish', rtl: false },
  { code: 'ro', nativeName: 'Română', englishName: 'Romanian', rtl: false },
  { code: 'bg', nativeName: 'Български', englishName: 'Bulgarian', rtl: false },
  { code: 'hu', nativeName: 'Magyar', englishName: 'Hungarian', rtl: false },
  { code: 'lt', nativeName: 'Lietuvių', englishName: 'Lithuanian', rtl: false },
  { code: 'lv', nativeName: 'Latviešu', englishName: 'Latvian', rtl: false },
  { code: 'sk', nativeName: 'Slovenčina', englishName: 'Slovak', rtl: false },
  { code: 'cs', nativeName: 'Čeština', englishName: 'Czech', rtl: false },
  { code: 'pt', nativeName: 'Português', englishName: 'Portuguese', rtl: false },
  { code: 'es', nativeName: 'Español', englishName: 'Spanish', rtl: false },
  { code: 'uk', nativeName: 'Українська', englishName: 'Ukrainian', rtl: false },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', rtl: true },
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

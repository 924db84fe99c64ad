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
  { code: 'et', nativeName: 'Eesti', englishName: 'Estonian', rtl: false, chooseLanguage: 'Vali oma keel' },
  { code: 'sk', nativeName: 'Slovenčina', englishName: 'Slovak', rtl: false, chooseLanguage: 'Vyberte si jazyk' },
  { code: 'cs', nativeName: 'Čeština', englishName: 'Czech', rtl: false, chooseLanguage: 'Vyberte si jazyk' },
  { code: 'sl', nativeName: 'Slovenščina', englishName: 'Slovenian', rtl: false, chooseLanguage: 'Izberite svoj jezik' },
  { code: 'hr', nativeName: 'Hrvatski', englishName: 'Croatian', rtl: false, chooseLanguage: 'Odaberite svoj jezik' },
  { code: 'sr', nativeName: 'Српски', englishName: 'Serbian', rtl: false, chooseLanguage: 'Изаберите језик' },
  { code: 'pt', nativeName: 'Português', englishName: 'Portuguese', rtl: false, chooseLanguage: 'Escolha o seu idioma' },
  { code: 'es', nativeName: 'Español', englishName: 'Spanish', rtl: false, chooseLanguage: 'Elija su idioma' },
  { code: 'it', nativeName: 'Italiano', englishName: 'Italian', rtl: false, chooseLanguage: 'Scegli la tua lingua' },
  { code: 'el', nativeName: 'Ελληνικά', englishName: 'Greek', rtl: false, chooseLanguage: 'Διαλέξτε τη γλώσσα σας' },
  { code: 'de', nativeName: 'Deutsch', englishName: 'German', rtl: false, chooseLanguage: 'Wählen Sie Ihre Sprache' },
  { code: 'fr', nativeName: 'Français', englishName: 'French', rtl: false, chooseLanguage: 'Choisissez votre langue' },
  { code: 'uk', nativeName: 'Українська', englishName: 'Ukrainian', rtl: false, chooseLanguage: 'Оберіть мову' },
  { code: 'ru', nativeName: 'Русский', englishName: 'Russian', rtl: false, chooseLanguage: 'Выберите язык' },
  { code: 'tr', nativeName: 'Türkçe', englishName: 'Turkish', rtl: false, chooseLanguage: 'Dilinizi seçin' },
  { code: 'sq', nativeName: 'Shqip', englishName: 'Albanian', rtl: false, chooseLanguage: 'Zgjidhni gjuhën tuaj' },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', rtl: true, chooseLanguage: 'اختر لغتك' },
  { code: 'fa', nativeName: 'فارسی', englishName: 'Persian (Farsi)', rtl: true, chooseLanguage: 'زبان خود را انتخاب کنید' },
  { code: 'ur', nativeName: 'اردو', englishName: 'Urdu', rtl: true, chooseLanguage: 'اپنی زبان چنیں' },
  { code: 'ti', nativeName: 'ትግርኛ', englishName: 'Tigrinya', rtl: false, chooseLanguage: 'ቋንቋኹም ምረጹ' },
  { code: 'so', nativeName: 'Soomaali', englishName: 'Somali', rtl: false, chooseLanguage: 'Dooro luqaddaada' },
  { code: 'zh', nativeName: '中文', englishName: 'Chinese (simplified)', rtl: false, chooseLanguage: '请选择您的语言' },
  { code: 'vi', nativeName: 'Tiếng Việt', englishName: 'Vietnamese', rtl: false, chooseLanguage: 'Chọn ngôn ngữ của bạn' },
  { code: 'tl', nativeName: 'Tagalog', englishName: 'Tagalog', rtl: false, chooseLanguage: 'Piliin ang iyong wika' },
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

/**
 * The eSpeak NG voice for each interface language. Tigrinya, Somali and Tagalog have none in
 * eSpeak NG: they are read only where the device has a voice of its own.
 */
export const ESPEAK_VOICES: Readonly<Record<string, string>> = {
  nl: 'nl', en: 'en', pl: 'pl', ro: 'ro', bg: 'bg', hu: 'hu', lt: 'lt', lv: 'lv', et: 'et', sk: 'sk', cs: 'cs',
  sl: 'sl', hr: 'hr', sr: 'sr', pt: 'pt', es: 'es', it: 'it', el: 'el', de: 'de', fr: 'fr', uk: 'uk', ru: 'ru',
  tr: 'tr', sq: 'sq', ar: 'ar', fa: 'fa', ur: 'ur', zh: 'cmn', vi: 'vi',
};

/** The eSpeak voice for a language, or undefined where eSpeak NG has none. */
export function espeakVoice(language: string): string | undefined {
  return Object.hasOwn(ESPEAK_VOICES, language) ? ESPEAK_VOICES[language] : undefined;
}

/** Each voice's pronunciation dictionary, shipped as its own file and fetched on first use. */
export const dictionaryFile = (voice: string) => `${voice}_dict`;

/** Where eSpeak NG looks for its data inside the engine's own file system. */
export const ESPEAK_DATA_DIR = '/usr/local/share/espeak-ng-data';

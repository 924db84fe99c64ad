import type { LanguageCode } from '../../../shared/languages';

/**
 * Letter rows for the on-screen keyboard, in the order people know from their own phone:
 * QWERTY, QWERTZ where that is the national layout, the national Cyrillic, Greek, Arabic and
 * Persian layouts. Accents are not needed for the search (it folds them: "sanatate" finds
 * "sănătate"), but a fourth row gives each Latin language its own letters, so a worker finds
 * the letters of their alphabet; letters that do not fold (Polish ł, đ, ß, Turkish ı) need it.
 * No row has more than 12 keys, so the keys stay at least 64 px wide in the landscape column.
 */
export interface KeyboardLayout {
  rows: string[];
  /**
   * Ethiopic is a syllabary: a key is a consonant, and tapping it shows its seven forms
   * (consonant + vowel), one of which is typed. 33 consonants × 7 forms would not fit as keys.
   */
  syllables?: boolean;
  /** Said above the keys when the keyboard cannot type the language's own script. */
  note?: string;
}

const QWERTY = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const QWERTZ = ['qwertzuiop', 'asdfghjkl', 'yxcvbnm'];
const latin = (base: string[], own: string): KeyboardLayout => ({ rows: [...base, own] });

const UKRAINIAN = ['йцукенгшщзхї', 'фівапролджє', 'ґячсмитьбю'];
const BULGARIAN = ['йцукенгшщзхъ', 'фвапролдж', 'ячсмитьбю'];
const RUSSIAN = ['йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбюё'];
const SERBIAN = ['љњертзуиопшђ', 'асдфгхјклчћж', 'џцвбнм'];
const GREEK = ['ςερτυθιοπ', 'ασδφγηξκλ', 'ζχψωβνμ'];
const ARABIC = ['ضصثقفغعهخحجد', 'شسيبلاتنمكط', 'ذئءؤرىةوزظ', 'أإآ'];
const PERSIAN = ['ضصثقفغعهخحجچ', 'شسیبلاتنمکگ', 'ظطزرذدپو', 'آژئ'];
/** Urdu has several layouts in use and none everyone knows, so its letters stand in alphabet order. */
const URDU = ['اآبپتٹثجچحخ', 'دڈذرڑزژسشصض', 'طظعغفقکگلمن', 'ںوہھءیے'];
/** Tigrinya's consonants in alphabet order; each key opens its seven forms. */
const TIGRINYA = ['ሀለሐመረሰሸቀቐበቨ', 'ተቸነኘአከኸወዐዘዠ', 'የደጀገጠጨጰጸፀፈፐ'];

const LAYOUTS: Partial<Record<LanguageCode, KeyboardLayout>> = {
  pl: { rows: ['qwertyuiop', 'asdfghjkl', 'zxcvbnmł', 'ąćęńóśźż'] },
  ro: latin(QWERTZ, 'ăâîșț'),
  hu: latin(QWERTZ, 'öüóőúéáűí'),
  lt: latin(QWERTY, 'ąčęėįšųūž'),
  lv: latin(QWERTY, 'āčēģīķļņšūž'),
  et: { rows: ['qwertyuiopüõ', 'asdfghjklöä', 'zxcvbnmšž'] },
  cs: latin(QWERTZ, 'ěščřžýáíéůú'),
  sk: latin(QWERTZ, 'áäčďéíľňôšťž'),
  sl: latin(QWERTZ, 'čšž'),
  hr: latin(QWERTZ, 'čćđšž'),
  de: { rows: ['qwertzuiopü', 'asdfghjklöä', 'yxcvbnmß'] },
  tr: { rows: ['qwertyuıopğü', 'asdfghjklşi', 'zxcvbnmöç'] },
  sq: latin(QWERTZ, 'çë'),
  fr: latin(QWERTY, 'éèêàçùôî'),
  it: latin(QWERTY, 'àèéìòù'),
  es: latin(QWERTY, 'ñáéíóú'),
  pt: latin(QWERTY, 'çãõáéíóú'),
  vi: latin(QWERTY, 'ăâđêôơư'),
  uk: { rows: UKRAINIAN },
  bg: { rows: BULGARIAN },
  ru: { rows: RUSSIAN },
  sr: { rows: SERBIAN },
  el: { rows: GREEK },
  ar: { rows: ARABIC },
  fa: { rows: PERSIAN },
  ur: { rows: URDU },
  ti: { rows: TIGRINYA, syllables: true },
  // Chinese characters need an input method a kiosk keyboard cannot be; Latin letters still
  // find names, places and words such as "WhatsApp" or "GGD".
  zh: { rows: QWERTY, note: '只能输入拉丁字母：可以搜索名称、地名或英文词。' },
};

export function keyboardLayout(language: LanguageCode): KeyboardLayout {
  return LAYOUTS[language] ?? { rows: QWERTY };
}

/** The seven forms of an Ethiopic consonant (ä u i a e ə o), which follow it in Unicode. */
export function syllableForms(consonant: string): string[] {
  const base = consonant.codePointAt(0)!;
  return Array.from({ length: 7 }, (_, order) => String.fromCodePoint(base + order));
}

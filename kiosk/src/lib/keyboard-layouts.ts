import type { LanguageCode } from '../../../shared/languages';

/**
 * Letter rows for the on-screen keyboard, in the order people know from their own phone:
 * QWERTY, QWERTZ where that is the national layout, Ukrainian and Bulgarian ЙЦУКЕН, and the
 * Arabic layout. Accents are not needed: the search folds them ("sanatate" finds "sănătate").
 * Polish "ł" is a letter of its own to SQLite's folding (it does not decompose), so Polish gets its key.
 */
const QWERTY = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const QWERTZ = ['qwertzuiop', 'asdfghjkl', 'yxcvbnm'];
const POLISH = ['qwertyuiop', 'asdfghjkl', 'zxcvbnmł'];
const UKRAINIAN = ['йцукенгшщзхї', 'фівапролджє', 'ґячсмитьбю'];
const BULGARIAN = ['йцукенгшщзхъ', 'фвапролдж', 'ячсмитьбю'];
const ARABIC = ['ضصثقفغعهخحجد', 'شسيبلاتنمكط', 'ذئءؤرىةوزظ', 'أإآ'];

const LAYOUTS: Partial<Record<LanguageCode, string[]>> = {
  pl: POLISH,
  hu: QWERTZ,
  cs: QWERTZ,
  sk: QWERTZ,
  uk: UKRAINIAN,
  bg: BULGARIAN,
  ar: ARABIC,
};

export function keyboardRows(language: LanguageCode): string[][] {
  return (LAYOUTS[language] ?? QWERTY).map((row) => [...row]);
}

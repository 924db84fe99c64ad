import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type LanguageCode } from '../../../shared/languages';
import { keyboardLayout, syllableForms } from './keyboard-layouts';

/** The script each language's keys must be written in (zh has Latin letters, with a note). */
const SCRIPT: Partial<Record<LanguageCode, RegExp>> = {
  bg: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  ru: /\p{Script=Cyrillic}/u,
  sr: /\p{Script=Cyrillic}/u,
  el: /\p{Script=Greek}/u,
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  ur: /\p{Script=Arabic}/u,
  ti: /\p{Script=Ethiopic}/u,
};

describe('on-screen keyboard layouts', () => {
  it.each(LANGUAGE_CODES)('%s: keys in its own script, no row over 12 keys, no key twice', (language) => {
    const { rows } = keyboardLayout(language);
    const keys = rows.flatMap((row) => [...row]);
    for (const row of rows) expect([...row].length, `${language}: ${row}`).toBeLessThanOrEqual(12);
    expect(new Set(keys).size, language).toBe(keys.length);
    const script = SCRIPT[language] ?? /\p{Script=Latin}/u;
    expect(keys.filter((k) => !script.test(k)), language).toEqual([]);
  });

  it('has every letter of the Persian, Urdu, Serbian and Greek alphabets', () => {
    const has = (language: LanguageCode, letters: string) => [...letters].filter((l) => !keyboardLayout(language).rows.join('').includes(l));
    expect(has('fa', 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی')).toEqual([]);
    expect(has('ur', 'اآبپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیے')).toEqual([]);
    expect(has('sr', 'абвгдђежзијклљмнњопрстћуфхцчџш')).toEqual([]);
    expect(has('el', 'αβγδεζηθικλμνξοπρσςτυφχψω')).toEqual([]);
  });

  it('gives an Ethiopic consonant its seven forms and says why Chinese has Latin keys', () => {
    expect(keyboardLayout('ti').syllables).toBe(true);
    expect(syllableForms('ለ')).toEqual(['ለ', 'ሉ', 'ሊ', 'ላ', 'ሌ', 'ል', 'ሎ']);
    expect(keyboardLayout('zh').note).toBeTruthy();
  });
});

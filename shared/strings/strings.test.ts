import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, LANGUAGES } from '../languages';
import en from './en';
import { WORKER_STRING_KEYS, WORKER_STRINGS, workerText } from './all';
import { loadStrings } from './load';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('worker strings, one file per language', () => {
  it('has a table for every offered language and no other', () => {
    expect(Object.keys(WORKER_STRINGS).sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  it.each(LANGUAGE_CODES)('%s has every English key, none empty, with the same placeholders as English', (language) => {
    const table: Record<string, string> = WORKER_STRINGS[language];
    expect(Object.keys(table).sort()).toEqual([...WORKER_STRING_KEYS].sort());
    for (const key of WORKER_STRING_KEYS) {
      expect(table[key]?.trim(), `${language}.${key}`).not.toBe('');
      expect(placeholders(table[key] ?? ''), `${language}.${key}`).toEqual(placeholders(en[key]));
    }
  });

  it.each(LANGUAGES.map((l) => [l.code, l] as const))('%s asks "choose your language" in its own words', (_code, info) => {
    expect(info.chooseLanguage.trim()).not.toBe('');
    expect(info.nativeName.trim()).not.toBe('');
  });

  it('really is translated: only a few words may equal English', () => {
    const same = new Set(['feedback.no', 'phone.whatsapp', 'email', 'contact', 'urgent', 'website', 'category.transport', 'loading', 'home', 'pairingBadAddress']);
    for (const language of LANGUAGE_CODES.filter((l) => l !== 'en')) {
      const copied = WORKER_STRING_KEYS.filter((k) => !same.has(k) && WORKER_STRINGS[language][k] === en[k]);
      expect(copied, language).toEqual([]);
    }
  });

  it.each(LANGUAGE_CODES)('%s loads on demand from its own file', async (language) => {
    expect(await loadStrings(language)).toBe(WORKER_STRINGS[language]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(workerText('pl', 'from', { organisation: 'FlexWerk Uitzendbureau' })).toBe('Od: FlexWerk Uitzendbureau');
    expect(workerText('nl', 'fallbackNote', { language: 'English' })).toContain('English');
    expect(workerText('en', 'from')).toBe('From: {organisation}');
  });
});

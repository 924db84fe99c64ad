import { describe, expect, it } from 'vitest';
import { CATEGORIES } from './categories';
import { PHONE_LABELS } from './content';
import { LANGUAGE_CODES } from './languages';
import { categoryName, KIOSK_STRING_KEYS, KIOSK_STRINGS, kioskText, phoneLabel } from './kiosk-strings';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('kiosk strings', () => {
  it('exist in every offered language', () => {
    expect(Object.keys(KIOSK_STRINGS).sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  it.each(LANGUAGE_CODES)('%s has every key, none empty, with the same placeholders as English', (language) => {
    const table = KIOSK_STRINGS[language];
    expect(Object.keys(table).sort()).toEqual([...KIOSK_STRING_KEYS].sort());
    for (const key of KIOSK_STRING_KEYS) {
      expect(table[key].trim(), `${language}.${key}`).not.toBe('');
      expect(placeholders(table[key]), `${language}.${key}`).toEqual(placeholders(KIOSK_STRINGS.en[key]));
    }
  });

  it.each(LANGUAGE_CODES)('%s names every category and phone label', (language) => {
    for (const category of CATEGORIES) expect(categoryName(language, category)).toBeTruthy();
    for (const label of PHONE_LABELS) expect(phoneLabel(language, label)).toBeTruthy();
  });

  it('really is translated: only a few words may equal English', () => {
    const same = new Set(['phone.whatsapp', 'email', 'contact', 'urgent', 'website', 'category.transport', 'loading', 'home', 'pairingBadAddress']);
    for (const language of LANGUAGE_CODES.filter((l) => l !== 'en')) {
      const copied = KIOSK_STRING_KEYS.filter((k) => !same.has(k) && KIOSK_STRINGS[language][k] === KIOSK_STRINGS.en[k]);
      expect(copied, language).toEqual([]);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(kioskText('pl', 'from', { organisation: 'FlexWerk Uitzendbureau' })).toBe('Od: FlexWerk Uitzendbureau');
    expect(kioskText('nl', 'fallbackNote', { language: 'English' })).toContain('English');
    expect(kioskText('en', 'from')).toBe('From: {organisation}');
  });
});

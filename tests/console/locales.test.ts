import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { resources } from '../../renderer/src/locales';

describe('the console strings', () => {
  it('have the same keys in Dutch and English, in every namespace', () => {
    for (const [ns, english] of Object.entries(resources.en)) {
      const dutch: Record<string, string> = resources.nl[ns as keyof typeof resources.nl];
      expect(Object.keys(dutch).sort(), ns).toEqual(Object.keys(english).sort());
    }
  });

  it('are valid ICU messages with real plurals', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const namespace of Object.values(resources[language])) {
        for (const text of Object.values<string>(namespace)) expect(() => new IntlMessageFormat(text, language)).not.toThrow();
      }
    }
    const images = new IntlMessageFormat(resources.nl.conflicts.imagesCount, 'nl');
    expect([images.format({ n: 1 }), images.format({ n: 3 })]).toEqual(['1 afbeelding', '3 afbeeldingen']);
  });
});

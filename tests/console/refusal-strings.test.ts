import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES, refusal } from '../../shared/refusals';
import { resources } from '../../renderer/src/locales';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('every refusal the hub can send', () => {
  it('has a Dutch and an English text in the console, naming the same values as the hub sends', () => {
    for (const code of REFUSAL_CODES) {
      const sent = refusal(code, undefined, code === 'revision_unknown' ? { revision: 3 } : undefined);
      expect(sent.message, code).not.toBe('');
      for (const language of ['nl', 'en'] as const) {
        const strings: Record<string, string> = resources[language].conflicts;
        const text = strings[`refusal_${code}`];
        expect(text?.trim(), `${language}: refusal_${code}`).toBeTruthy();
        expect(placeholders(text!), `${language}: refusal_${code}`).toEqual(Object.keys(sent.params ?? {}).sort());
      }
    }
  });
});

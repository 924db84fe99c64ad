import { describe, expect, test } from 'vitest';
import { startReading } from './read-aloud';
import { espeakVoice } from '../../speech/voices';

describe('choosing a voice', () => {
  test('Tigrinya, Somali and Tagalog have no eSpeak voice; without a device voice there is nothing to read with', async () => {
    for (const language of ['ti', 'so', 'tl']) {
      expect(espeakVoice(language)).toBeUndefined();
      const events = { onSentence() {}, onEnd() {}, onError() {} };
      expect(await startReading(language, ['Selam.'], events)).toBeNull();
    }
  });

  test('Chinese is read with eSpeak’s Mandarin voice; no inherited name counts as a voice', () => {
    expect(espeakVoice('zh')).toBe('cmn');
    expect(espeakVoice('toString')).toBeUndefined();
  });
});

import { beforeAll, describe, expect, test } from 'vitest';
import { espeakFiles } from '../../build/espeak-voices';
import { synthesize, type Speech } from './espeak-engine';
import { espeakVoice } from './voices';

/** The engine as the app ships it: the core without dictionaries, plus one voice's dictionary. */
let engine: WebAssembly.Module;
let dictionaries: Map<string, Uint8Array>;
beforeAll(async () => {
  const files = await espeakFiles();
  engine = await WebAssembly.compile(files.core);
  dictionaries = files.dictionaries;
}, 60_000);

async function speak(language: string, text: string): Promise<Speech> {
  const voice = espeakVoice(language)!;
  return synthesize(engine, voice, dictionaries.get(`${voice}_dict`)!, text);
}

const seconds = (s: Speech) => s.samples.length / s.sampleRate;
const rms = (s: Speech) => Math.sqrt(s.samples.reduce((sum, x) => sum + x * x, 0) / s.samples.length);

describe('eSpeak NG read-aloud engine', () => {
  test.each([
    ['pl', 'W poniedziałek biuro gminy jest zamknięte, zadzwoń we wtorek rano.', 11],
    ['ar', 'مكتب البلدية مغلق يوم الاثنين، اتصل صباح الثلاثاء.', 8],
  ])('speaks a %s sentence: audible, and about as long as the words take', async (language, text, words) => {
    const speech = await speak(language, text);
    expect(speech.sampleRate).toBe(22050);
    // Speech runs at 2 to 4 words a second here; silence or a beep would be far off either way.
    expect(seconds(speech)).toBeGreaterThan(words / 4);
    expect(seconds(speech)).toBeLessThan(words / 1.5);
    expect(rms(speech)).toBeGreaterThan(0.03);
    // Not one tone: about a fifth of speech is pauses and near-silent consonants.
    const quiet = speech.samples.filter((x) => Math.abs(x) < 0.01).length / speech.samples.length;
    expect(quiet).toBeGreaterThan(0.05);
    expect(quiet).toBeLessThan(0.8);
  }, 30_000);

  test('a longer text gives longer speech (the text is read, not a fixed sound)', async () => {
    const short = await speak('pl', 'Dzień dobry.');
    const long = await speak('pl', 'Dzień dobry. Biuro jest otwarte od poniedziałku do piątku, od dziewiątej do siedemnastej.');
    expect(seconds(long)).toBeGreaterThan(seconds(short) * 3);
  }, 30_000);

  test('every shipped voice has its dictionary, and the core holds none of them', async () => {
    expect(dictionaries.size).toBe(29);
    expect(engine).toBeInstanceOf(WebAssembly.Module);
    const { core } = await espeakFiles();
    expect(core.length).toBeLessThan(2_000_000);
  }, 60_000);
});

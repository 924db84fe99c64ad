/**
 * The read-aloud part of `npm run bench` (needs the built phone app: `npm run build`). Printed,
 * never asserted:
 *
 *  - time to first audio for a 100-word Polish paragraph with eSpeak NG, from the shipped files:
 *    compile the engine, then speak the first sentence (the rest is made while that one sounds);
 *    once cold (first tap) and once warm (engine compiled, as on the next article);
 *  - the whole paragraph's synthesis time against its spoken length;
 *  - the bytes the engine adds, all loaded on the first tap only (none on first paint): the worker
 *    script, the engine without dictionaries, and one language's dictionary (plain and gzipped).
 *
 * Runs the engine in Node on this machine; Chromium runs the same WebAssembly in a worker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { synthesize } from '../shared/speech/espeak-engine';

const PHONE = resolve(import.meta.dirname, '../out/phone/assets');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (t: number) => `${t.toFixed(0)} ms`;

const PARAGRAPH =
  'Jeśli mieszkasz w domu z pleśnią, niebezpieczną instalacją elektryczną albo ze zbyt dużą liczbą osób, możesz to zgłosić w gminie. ' +
  'Zgłoszenie jest bezpłatne i nie musisz podawać swojego nazwiska pracodawcy. ' +
  'Urzędnik gminy może przyjść i sprawdzić dom, nawet jeśli właściciel się na to nie zgadza. ' +
  'Weź ze sobą zdjęcia pokoi, łazienki i kuchni oraz umowę najmu, jeśli ją masz. ' +
  'Możesz też zadzwonić do punktu informacyjnego dla pracowników migrujących, który pomoże ci wypełnić formularz w twoim języku. ' +
  'Nikt nie może cię wyrzucić z mieszkania tylko dlatego, że złożyłeś skargę. ' +
  'Jeśli grozi ci utrata pracy lub mieszkania, poproś o pomoc od razu, najlepiej jeszcze tego samego dnia.';

const words = PARAGRAPH.split(/\s+/).length;
const sentences = [...new Intl.Segmenter('pl', { granularity: 'sentence' }).segment(PARAGRAPH)].map((s) => s.segment.trim());
const files = readdirSync(join(PHONE, 'espeak'));
const core = readFileSync(join(PHONE, 'espeak', 'espeak-core.wasm'));
const dictionary = readFileSync(join(PHONE, 'espeak', 'pl_dict'));
const worker = readFileSync(join(PHONE, readdirSync(PHONE).find((f) => f.startsWith('speech.worker'))!));

let started = performance.now();
let engine = await WebAssembly.compile(core);
const compiled = performance.now() - started;
await synthesize(engine, 'pl', dictionary, sentences[0]!);
const cold = performance.now() - started;

engine = await WebAssembly.compile(core);
started = performance.now();
await synthesize(engine, 'pl', dictionary, sentences[0]!);
const warm = performance.now() - started;

started = performance.now();
let spoken = 0;
for (const sentence of sentences) {
  const speech = await synthesize(engine, 'pl', dictionary, sentence);
  spoken += speech.samples.length / speech.sampleRate;
}
const all = performance.now() - started;

const gz = (b: Uint8Array) => gzipSync(b).length;
console.log(`\nRead-aloud (eSpeak NG ${'1.0.2'} WebAssembly, Node ${process.version}, this machine)`);
console.log(`  Polish paragraph: ${words} words, ${sentences.length} sentences, ${spoken.toFixed(1)} s spoken`);
console.log(`  time to first audio, first tap:   ${ms(cold)} (compile engine ${ms(compiled)}, first sentence ${ms(cold - compiled)})`);
console.log(`  time to first audio, engine warm: ${ms(warm)}`);
console.log(`  whole paragraph synthesized in ${ms(all)} (${(spoken / (all / 1000)).toFixed(1)}× faster than it is spoken)`);
console.log('  bytes added, loaded on the first tap only (first paint: 0):');
console.log(`    speech worker script   ${kb(worker.length)} (${kb(gz(worker))} gzipped; precached by the phone's service worker)`);
console.log(`    engine without voices  ${kb(core.length)} (${kb(gz(core))} gzipped; the npm package's module is ${kb(18_485_010)})`);
console.log(`    Polish dictionary      ${kb(dictionary.length)} (${kb(gz(dictionary))} gzipped)`);
const sizes = files.filter((f) => f.endsWith('_dict')).map((f) => readFileSync(join(PHONE, 'espeak', f)).length);
console.log(`    all ${sizes.length} dictionaries  ${kb(sizes.reduce((a, b) => a + b, 0))} (largest ${kb(Math.max(...sizes))}: Russian)`);

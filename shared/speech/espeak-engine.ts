import ESpeakNg from 'espeak-ng';
import { dictionaryFile, ESPEAK_DATA_DIR } from './voices';

/** Mono audio as the engine made it. */
export interface Speech {
  samples: Float32Array;
  sampleRate: number;
}

/**
 * Speaks one piece of text with eSpeak NG. `engine` is the compiled core (the WebAssembly without
 * dictionaries); `dictionary` the voice's own file. The engine is a command-line program, so each
 * call starts a fresh instance of the compiled module: cheap, and no state leaks between texts.
 */
export async function synthesize(engine: WebAssembly.Module, voice: string, dictionary: Uint8Array, text: string): Promise<Speech> {
  const module = await ESpeakNg({
    arguments: ['-v', voice, '-f', '/text.txt', '-w', '/speech.wav'],
    instantiateWasm(imports, receive) {
      void WebAssembly.instantiate(engine, imports).then((instance) => receive(instance, engine));
      return {};
    },
    onRuntimeInitialized() {
      this.FS.writeFile(`${ESPEAK_DATA_DIR}/${dictionaryFile(voice)}`, dictionary);
      this.FS.writeFile('/text.txt', text);
    },
    print() {},
    printErr() {},
  });
  return decodeWav(module.FS.readFile('/speech.wav'));
}

/** The 16-bit PCM in eSpeak's WAV output, as samples between -1 and 1. */
export function decodeWav(wav: Uint8Array): Speech {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  const sampleRate = view.getUint32(24, true);
  let offset = 12;
  while (offset + 8 <= wav.byteLength) {
    const id = String.fromCharCode(...wav.subarray(offset, offset + 4));
    const size = view.getUint32(offset + 4, true);
    if (id === 'data') {
      // eSpeak writes the data size once it knows it; trust the file's end if it did not.
      const end = Math.min(wav.byteLength, offset + 8 + (size || wav.byteLength));
      const samples = new Float32Array(Math.floor((end - offset - 8) / 2));
      for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(offset + 8 + i * 2, true) / 32768;
      return { samples, sampleRate };
    }
    offset += 8 + size;
  }
  throw new Error('The speech engine wrote no audio.');
}

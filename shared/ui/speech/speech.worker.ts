import { synthesize } from '../../speech/espeak-engine';
import { dictionaryFile } from '../../speech/voices';

/** A request from the page: speak `text` with eSpeak's `voice`. */
export interface SpeakRequest {
  id: number;
  voice: string;
  text: string;
}
export type SpeakReply = { id: number; samples: Float32Array; sampleRate: number } | { id: number; error: string };

/** The worker's own scope (the project's types are the page's DOM ones). */
const scope = self as unknown as {
  location: Location;
  onmessage: ((event: MessageEvent<SpeakRequest>) => void) | null;
  postMessage(reply: SpeakReply, transfer?: Transferable[]): void;
};

// The build puts the engine's files in espeak/ beside this worker's chunk (build/espeak-voices.ts).
const asset = (name: string) => new URL(`espeak/${name}`, scope.location.href);

async function fetchBytes(name: string): Promise<ArrayBuffer> {
  const response = await fetch(asset(name));
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return response.arrayBuffer();
}

let engine: Promise<WebAssembly.Module> | undefined;
const dictionaries = new Map<string, Promise<Uint8Array>>();

function dictionary(voice: string) {
  let found = dictionaries.get(voice);
  if (!found) {
    found = fetchBytes(dictionaryFile(voice)).then((bytes) => new Uint8Array(bytes));
    dictionaries.set(voice, found);
  }
  return found;
}

scope.onmessage = async ({ data }) => {
  try {
    engine ??= fetchBytes('espeak-core.wasm').then((bytes) => WebAssembly.compile(bytes));
    const speech = await synthesize(await engine, data.voice, await dictionary(data.voice), data.text);
    scope.postMessage({ id: data.id, ...speech } satisfies SpeakReply, [speech.samples.buffer]);
  } catch (error) {
    // A failed download is tried again on the next tap.
    engine = undefined;
    dictionaries.delete(data.voice);
    scope.postMessage({ id: data.id, error: String(error) } satisfies SpeakReply);
  }
};

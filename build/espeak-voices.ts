import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import ESpeakNg from 'espeak-ng';
import { dictionaryFile, ESPEAK_DATA_DIR, ESPEAK_VOICES } from '../shared/speech/voices';

/** Where the engine's files go in a build, beside the speech worker's chunk (see shared/ui/speech/speech.worker.ts). */
export const ESPEAK_ASSET_DIR = 'assets/espeak';
export const ESPEAK_CORE_FILE = 'espeak-core.wasm';

const wasmPath = () => createRequire(import.meta.url).resolve('espeak-ng/dist/espeak-ng.wasm');

/**
 * The npm package embeds all 100+ dictionaries (18 MB) in its WebAssembly. We cut every
 * dictionary out of the module's data segments (the engine's file system then holds an empty file
 * of the same size, which the worker overwrites with the one voice it needs) and ship the
 * dictionaries of our own languages as separate files.
 */
export async function espeakFiles(): Promise<{ core: Uint8Array<ArrayBuffer>; dictionaries: Map<string, Uint8Array> }> {
  const wasm = readFileSync(wasmPath());
  const engine = await ESpeakNg({ noInitialRun: true, print() {}, printErr() {} });
  const all = engine.FS.readdir(ESPEAK_DATA_DIR).filter((name) => name.endsWith('_dict'));
  const contents = new Map(all.map((name) => [name, engine.FS.readFile(`${ESPEAK_DATA_DIR}/${name}`)]));
  const ours = new Set(Object.values(ESPEAK_VOICES).map(dictionaryFile));
  const dictionaries = new Map([...contents].filter(([name]) => ours.has(name)).map(([name, bytes]) => [name, bytes.slice()]));
  return { core: withoutData(wasm, [...contents.values()]), dictionaries };
}

/** `wasm` with the bytes of each of `files` left out of its (active) data segments. */
export function withoutData(wasm: Uint8Array, files: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const reader = { at: 8 };
  const readU = () => {
    let result = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = wasm[reader.at++]!;
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  const sections: Uint8Array[] = [wasm.subarray(0, 8)];
  while (reader.at < wasm.length) {
    const start = reader.at;
    const id = wasm[reader.at++]!;
    const size = readU();
    const bodyStart = reader.at;
    if (id !== 11) {
      sections.push(wasm.subarray(start, bodyStart + size));
      reader.at = bodyStart + size;
      continue;
    }
    const kept: { offset: number; bytes: Uint8Array }[] = [];
    const count = readU();
    for (let i = 0; i < count; i++) {
      const flag = readU();
      if (flag !== 0 || wasm[reader.at] !== 0x41) throw new Error('espeak-ng.wasm: unexpected data segment layout');
      reader.at++;
      const offset = readU(); // i32.const, small and positive here
      if (wasm[reader.at++] !== 0x0b) throw new Error('espeak-ng.wasm: unexpected data segment offset');
      const length = readU();
      const bytes = wasm.subarray(reader.at, reader.at + length);
      reader.at += length;
      const cuts = files
        .map((file) => ({ at: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(file), length: file.length }))
        .filter((cut) => cut.at >= 0 && cut.length > 0)
        .sort((a, b) => a.at - b.at);
      let from = 0;
      for (const cut of cuts) {
        if (cut.at > from) kept.push({ offset: offset + from, bytes: bytes.subarray(from, cut.at) });
        from = Math.max(from, cut.at + cut.length);
      }
      if (from < bytes.length) kept.push({ offset: offset + from, bytes: bytes.subarray(from) });
    }
    const body = [uleb(kept.length), ...kept.flatMap((s) => [Uint8Array.of(0, 0x41), sleb(s.offset), Uint8Array.of(0x0b), uleb(s.bytes.length), s.bytes])];
    const bodyBytes = concat(body);
    sections.push(Uint8Array.of(11), uleb(bodyBytes.length), bodyBytes);
  }
  return concat(sections);
}

function uleb(value: number): Uint8Array {
  const out: number[] = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Uint8Array.from(out);
}

/** Signed LEB128 for a non-negative i32 (a memory offset). */
function sleb(value: number): Uint8Array {
  const out: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    if (value === 0 && (byte & 0x40) === 0) {
      out.push(byte);
      return Uint8Array.from(out);
    }
    out.push(byte | 0x80);
  }
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Emits the dictionary-less engine and our languages' dictionaries into the build, and keeps the
 * package's own 18 MB WebAssembly out of it (the worker asks for the core by name).
 */
export function espeakVoices(): Plugin {
  return {
    name: 'wegwijs-espeak-voices',
    transform(code, id) {
      if (!id.includes('espeak-ng/dist/espeak-ng.js')) return null;
      return code.replace("new URL('espeak-ng.wasm', import.meta.url).href", "''");
    },
    async generateBundle() {
      const { core, dictionaries } = await espeakFiles();
      this.emitFile({ type: 'asset', fileName: `${ESPEAK_ASSET_DIR}/${ESPEAK_CORE_FILE}`, source: core });
      for (const [name, bytes] of dictionaries) this.emitFile({ type: 'asset', fileName: `${ESPEAK_ASSET_DIR}/${name}`, source: bytes });
    },
  };
}

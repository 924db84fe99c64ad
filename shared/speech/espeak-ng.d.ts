/** espeak-ng 1.0.2 ships no types: Emscripten's module factory, as far as we use it. */
declare module 'espeak-ng' {
  interface EspeakFs {
    writeFile(path: string, data: string | Uint8Array): void;
    readFile(path: string): Uint8Array;
    readdir(path: string): string[];
  }
  interface EspeakOptions {
    arguments?: string[];
    noInitialRun?: boolean;
    locateFile?(path: string): string;
    instantiateWasm?(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void): object;
    onRuntimeInitialized?(this: { FS: EspeakFs }): void;
    print?(text: string): void;
    printErr?(text: string): void;
  }
  export default function ESpeakNg(options: EspeakOptions): Promise<{ FS: EspeakFs }>;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Data folders and desktop cores a test makes: `cleanUp()` (in afterEach, before the hub stops)
 * closes the cores and removes the folders.
 */
export function tempCores(prefix: string) {
  const dirs: string[] = [];
  const closers: (() => Promise<void>)[] = [];
  return {
    tempDir(): string {
      const dir = mkdtempSync(join(tmpdir(), `wegwijs-${prefix}-`));
      dirs.push(dir);
      return dir;
    },
    /** Closes `core` at clean-up, and hands it back. */
    track<T extends { close(): Promise<void> | void }>(core: T): T {
      closers.push(async () => core.close());
      return core;
    },
    async cleanUp(): Promise<void> {
      for (const close of closers.splice(0)) await close();
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** electron-builder flips these fuses in the packaged binary (electron-builder 26 `electronFuses`). */
describe('the installers’ Electron fuses', () => {
  const config = readFileSync(join(import.meta.dirname, '../../electron-builder.yml'), 'utf8');
  const fuses = Object.fromEntries(
    [...(config.split(/^electronFuses:\n/m)[1] ?? '').matchAll(/^ {2}(\w+): (true|false)$/gm)].map(([, name, value]) => [name, value === 'true']),
  );

  it('turn off running as Node and loading code from outside the checked app.asar; encrypt cookies', () => {
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});

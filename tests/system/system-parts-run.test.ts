import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPath, findProgram, thisMachine } from '../../scripts/system-parts.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHECK = path.join(ROOT, 'scripts/system-parts.mjs');

/** A PATH holding only node, npm and fc-list: no apt-get, no browser, no nginx, no wrk. */
const bareBin = mkdtempSync(path.join(tmpdir(), 'wegwijs-bare-path-'));
for (const name of ['node', 'npm', 'fc-list']) {
  const found = findProgram(name, thisMachine());
  if (found) symlinkSync(found, path.join(bareBin, name));
}
afterAll(() => rmSync(bareBin, { recursive: true, force: true }));

/** Runs a real process in its own group; kills the whole group if it runs past the deadline. */
function run(command: string, args: string[], env: Record<string, string | undefined>, deadlineMs = 30_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, CI: undefined, ...env }, detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const deadline = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), deadlineMs);
    child.on('close', (code) => {
      clearTimeout(deadline);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Set in the npm test this file starts: should the check let it through, its Vitest must not start another. */
const NESTED = 'WEGWIJS_NESTED_NPM_TEST';

describe('the system-parts check as npm test runs it', () => {
  it.skipIf(process.env[NESTED])('npm test with CHROMIUM_PATH pointing nowhere stops before the typecheck and any test, with the message', async () => {
    const startedAt = performance.now();
    const { code, stdout, stderr } = await run('npm', ['test'], { CHROMIUM_PATH: '/nonexistent', WEGWIJS_NO_INSTALL: '1', [NESTED]: '1' });
    expect(code).not.toBe(0);
    expect(stderr).toContain('npm test cannot start: a system part is missing.');
    expect(stderr).toContain('CHROMIUM_PATH=/nonexistent is not an executable file');
    expect(stderr).toContain('sudo apt-get update && sudo apt-get install -y chromium');
    expect(stderr).toContain('sudo dnf install -y chromium');
    expect(stderr).toContain('brew install --cask google-chrome');
    expect(stderr).toContain('(Not installed automatically: WEGWIJS_NO_INSTALL=1.');
    expect(stdout + stderr).not.toMatch(/tsc --noEmit|eslint|vitest|playwright/);
    expect(performance.now() - startedAt).toBeLessThan(15_000);
  }, 40_000);

  it('without apt-get on PATH it installs nothing and says why', async () => {
    const { code, stdout, stderr } = await run(process.execPath, [CHECK, 'test'], { PATH: bareBin, CHROMIUM_PATH: '/nonexistent', WEGWIJS_NO_INSTALL: undefined });
    expect(code).toBe(1);
    expect(stdout).not.toContain('installing missing system parts');
    expect(stderr).toContain('a Chromium-family browser (Chromium or Chrome), for the browser tests (Playwright)');
    expect(stderr).toMatch(/\(Not installed automatically: (apt-get not found|not running as root)\./);
  });

  it('with a browser at CHROMIUM_PATH it passes through, naming what it found', async () => {
    const browser = chromiumPath();
    const { code, stdout, stderr } = await run(process.execPath, [CHECK, 'test'], { CHROMIUM_PATH: browser, WEGWIJS_NO_INSTALL: '1' });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`system parts: Chromium ${browser} · fonts Arabic, Cyrillic, Greek, Ethiopic (Tigrinya), CJK`);
  });

  it('the bench goes on without nginx and wrk, saying what it cannot measure', async () => {
    const { code, stdout } = await run(process.execPath, [CHECK, 'bench'], { PATH: bareBin, CHROMIUM_PATH: chromiumPath(), WEGWIJS_NO_INSTALL: '1' });
    expect(code).toBe(0);
    expect(stdout).toContain('nginx not found: the side-by-side with a static file server skipped (Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y nginx-light)');
    expect(stdout).toContain('wrk not found: the HTTP load figures skipped');
  });
});

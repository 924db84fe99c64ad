import { describe, expect, it } from 'vitest';
import {
  chromiumPath,
  findChromium,
  findPostgresBin,
  partsFor,
  plan,
  skipLine,
  stopMessage,
  whyNoInstall,
  type Machine,
} from '../../scripts/system-parts.mjs';

const ALL_FONTS = ['ar', 'ru', 'el', 'ti', 'zh-cn'];

/** A described machine: which files are executable, what folders hold, which languages have fonts. */
function machine(over: {
  files?: string[];
  dirs?: Record<string, string[]>;
  fonts?: string[] | null;
  env?: Record<string, string>;
  isRoot?: boolean;
  platform?: NodeJS.Platform;
}): Machine {
  const files = new Set(over.files ?? []);
  const fonts = over.fonts === undefined ? ALL_FONTS : over.fonts;
  return {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...over.env },
    platform: over.platform ?? 'linux',
    isRoot: over.isRoot ?? false,
    isExecutable: (file) => files.has(file),
    listDir: (dir) => over.dirs?.[dir] ?? [],
    hasFontFor: (lang) => (fonts === null ? null : fonts.includes(lang)),
  };
}

const POSTGRES_15 = { files: ['/usr/lib/postgresql/15/bin/initdb', '/usr/lib/postgresql/15/bin/pg_ctl'], dirs: { '/usr/lib/postgresql': ['15'] } };

describe('finding the browser', () => {
  it('takes CHROMIUM_PATH when it is there', () => {
    const m = machine({ files: ['/opt/chrome/chrome', '/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/chrome/chrome' } });
    expect(findChromium(m)).toEqual({ found: '/opt/chrome/chrome' });
    expect(chromiumPath(m)).toBe('/opt/chrome/chrome');
  });

  it('does not look elsewhere when CHROMIUM_PATH points nowhere: the user chose it', () => {
    const m = machine({ files: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/nonexistent' } });
    expect(findChromium(m)).toEqual({ found: null, problem: 'CHROMIUM_PATH=/nonexistent is not an executable file' });
    expect(chromiumPath(m)).toBe('/nonexistent');
  });

  it("uses Debian's /usr/bin/chromium, else a Chromium or Chrome on PATH", () => {
    expect(findChromium(machine({ files: ['/usr/bin/chromium', '/usr/local/bin/google-chrome'] })).found).toBe('/usr/bin/chromium');
    expect(chromiumPath(machine({ files: ['/usr/local/bin/google-chrome'] }))).toBe('/usr/local/bin/google-chrome');
    expect(findChromium(machine({ files: ['/bin/chromium-browser'] })).found).toBe('/bin/chromium-browser');
  });

  it('finds none on a machine without one, and Playwright is told the default', () => {
    expect(findChromium(machine({}))).toEqual({ found: null });
    expect(chromiumPath(machine({}))).toBe('/usr/bin/chromium');
  });
});

describe('finding PostgreSQL', () => {
  it('takes the newest packaged server that has both initdb and pg_ctl', () => {
    const m = machine({
      files: ['/usr/lib/postgresql/9.6/bin/initdb', '/usr/lib/postgresql/9.6/bin/pg_ctl', ...POSTGRES_15.files, '/usr/lib/postgresql/16/bin/initdb'],
      dirs: { '/usr/lib/postgresql': ['9.6', '15', '16'] },
    });
    expect(findPostgresBin(m)).toBe('/usr/lib/postgresql/15/bin');
  });

  it('falls back to initdb on PATH, and finds nothing without pg_ctl beside it', () => {
    expect(findPostgresBin(machine({ files: ['/usr/bin/initdb', '/usr/bin/pg_ctl'] }))).toBe('/usr/bin');
    expect(findPostgresBin(machine({ files: ['/usr/bin/initdb'] }))).toBeNull();
  });
});

describe('what a run needs', () => {
  it('tests need a browser and fonts; PostgreSQL only in CI, else its half is skipped', () => {
    const local = partsFor('test', machine({ files: ['/usr/bin/chromium'] }));
    expect(local.map((p) => [p.label, p.need, p.found])).toEqual([
      ['Chromium', 'required', '/usr/bin/chromium'],
      ['fonts', 'required', 'Arabic, Cyrillic, Greek, Ethiopic (Tigrinya), CJK'],
      ['PostgreSQL', 'wanted', null],
    ]);
    expect(skipLine(local[2]!)).toMatch(/^PostgreSQL server \(initdb, pg_ctl\) not found: the PostgreSQL half of the suite skipped \(Debian\/Ubuntu: sudo apt-get update && sudo apt-get install -y postgresql\)$/);
    expect(partsFor('test', machine({ env: { CI: 'true' } }))[2]?.need).toBe('required');
  });

  it('names exactly the scripts without a font, and their packages', () => {
    const fonts = partsFor('test', machine({ fonts: ['ru', 'el', 'ti'] }))[1]!;
    expect(fonts.found).toBeNull();
    expect(fonts.name).toBe('fonts for Arabic, CJK');
    expect(fonts.packages.debian).toEqual(['fonts-noto-core', 'fonts-noto-cjk']);
    expect(fonts.packages.fedora).toEqual(['google-noto-sans-arabic-fonts', 'google-noto-sans-cjk-fonts']);
  });

  it('asks for fontconfig too when fc-list is absent, and leaves fonts alone on macOS', () => {
    const fonts = partsFor('test', machine({ fonts: null }))[1]!;
    expect(fonts.found).toBeNull();
    expect(fonts.packages.debian).toEqual(['fontconfig', 'fonts-noto-core', 'fonts-noto-cjk']);
    expect(partsFor('test', machine({ platform: 'darwin', fonts: null })).map((p) => p.label)).toEqual(['Chromium', 'PostgreSQL']);
  });

  it('the bench needs a browser and wants nginx, wrk and PostgreSQL', () => {
    const bench = partsFor('bench', machine({ files: ['/usr/bin/chromium', '/usr/bin/wrk'] }));
    expect(bench.map((p) => [p.label, p.need, p.found])).toEqual([
      ['Chromium', 'required', '/usr/bin/chromium'],
      ['nginx', 'wanted', null],
      ['wrk', 'wanted', '/usr/bin/wrk'],
      ['PostgreSQL', 'wanted', null],
    ]);
  });
});

describe('installing or stopping', () => {
  const aptRoot = { isRoot: true, files: ['/usr/bin/apt-get'] };

  it('installs only as root on Linux with apt-get, and not when told not to', () => {
    expect(whyNoInstall(machine(aptRoot))).toBeNull();
    expect(whyNoInstall(machine({ ...aptRoot, env: { WEGWIJS_NO_INSTALL: '1' } }))).toBe('WEGWIJS_NO_INSTALL=1');
    expect(whyNoInstall(machine({ ...aptRoot, env: { WEGWIJS_NO_INSTALL: '0' } }))).toBeNull();
    expect(whyNoInstall(machine({ ...aptRoot, isRoot: false }))).toBe('not running as root');
    expect(whyNoInstall(machine({ isRoot: true }))).toBe('apt-get not found');
    expect(whyNoInstall(machine({ ...aptRoot, platform: 'darwin' }))).toBe('only Debian/Ubuntu installs are automatic');
  });

  it('installs every missing part in one apt-get line, PostgreSQL included', () => {
    const parts = partsFor('test', machine({ fonts: ['ru', 'el'] }));
    expect(plan(parts, true)).toEqual({ install: ['chromium', 'fonts-noto-core', 'fonts-noto-cjk', 'postgresql'], stop: [], skip: [] });
  });

  it('does not install a browser when CHROMIUM_PATH points nowhere: it stops and says so', () => {
    const parts = partsFor('test', machine({ ...POSTGRES_15, env: { CHROMIUM_PATH: '/nonexistent' } }));
    const decided = plan(parts, true);
    expect(decided.install).toEqual([]);
    expect(decided.stop.map((p) => p.label)).toEqual(['Chromium']);
  });

  it('without installing, stops on what is required and goes on without what is wanted', () => {
    const decided = plan(partsFor('test', machine({ files: ['/usr/bin/chromium'], fonts: ['ru', 'el', 'ti', 'zh-cn'] })), false);
    expect(decided.stop.map((p) => p.name)).toEqual(['fonts for Arabic']);
    expect(decided.skip.map((p) => p.label)).toEqual(['PostgreSQL']);
    expect(plan(partsFor('test', machine({ ...POSTGRES_15, files: [...POSTGRES_15.files, '/usr/bin/chromium'] })), false)).toEqual({ install: [], stop: [], skip: [] });
  });

  it('one message: what is missing, the three install commands, CHROMIUM_PATH and why nothing was installed', () => {
    const decided = plan(partsFor('test', machine({ fonts: ['ru', 'el', 'ti'], env: { CHROMIUM_PATH: '/nonexistent' } })), false);
    expect(stopMessage('test', decided.stop, { notInstalled: 'not running as root', aptRan: false })).toBe(
      [
        'npm test cannot start: 2 system parts are missing.',
        '  - a Chromium-family browser (Chromium or Chrome), for the browser tests (Playwright): CHROMIUM_PATH=/nonexistent is not an executable file',
        '  - fonts for Arabic, CJK, for the screens in those scripts',
        '',
        'Install with your package manager:',
        '  Debian/Ubuntu:    sudo apt-get update && sudo apt-get install -y chromium fonts-noto-core fonts-noto-cjk',
        '  Fedora:           sudo dnf install -y chromium google-noto-sans-arabic-fonts google-noto-sans-cjk-fonts',
        '  macOS (Homebrew): brew install --cask google-chrome',
        'Or use a Chromium or Chrome you already have: CHROMIUM_PATH=/path/to/chrome npm test (or unset CHROMIUM_PATH to use /usr/bin/chromium or one on PATH)',
        '(Not installed automatically: not running as root. As root on Debian/Ubuntu, npm test installs them with apt.)',
      ].join('\n'),
    );
  });

  it('says nothing of CHROMIUM_PATH when the browser is there', () => {
    const decided = plan(partsFor('test', machine({ files: ['/usr/bin/chromium'], fonts: [] })), false);
    const message = stopMessage('test', decided.stop, { notInstalled: null, aptRan: true });
    expect(message).not.toContain('CHROMIUM_PATH');
    expect(message).toMatch(/\(apt-get ran, and these are still missing\.\)$/);
    expect(message).toContain('macOS (Homebrew): nothing to install (macOS has these)');
  });
});

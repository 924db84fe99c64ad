// @ts-check
/**
 * The system parts (not npm packages) that `npm test` and `npm run bench` need: a Chromium-family
 * browser, fonts for the scripts the screens show, PostgreSQL server binaries, nginx and wrk.
 * Before a run it finds them; as root on Debian/Ubuntu it installs what is missing with apt,
 * otherwise it stops with one message saying what to install. Plain Node without dependencies,
 * so it runs before `npm ci` (.ci/run) and before anything is built.
 *
 *   node scripts/system-parts.mjs test|bench        WEGWIJS_NO_INSTALL=1: check, never install
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * What the checks may ask of a machine; `thisMachine()` is the real one.
 * @typedef {object} Machine
 * @property {Record<string, string | undefined>} env
 * @property {NodeJS.Platform} platform
 * @property {boolean} isRoot
 * @property {(file: string) => boolean} isExecutable
 * @property {(dir: string) => string[]} listDir  entries of a folder, [] when it does not exist
 * @property {(lang: string) => boolean | null} hasFontFor  null when fontconfig (fc-list) is absent
 */

/**
 * @typedef {{ debian: string[], fedora: string[], brew: string[], brewCask: string[] }} Packages
 *
 * @typedef {object} Part
 * @property {string} label  one or two words for the line that lists what was found: "Chromium"
 * @property {string} name  what it is, in a sentence: "a Chromium-family browser"
 * @property {string} usedFor
 * @property {'required' | 'wanted'} need  required: stop when missing; wanted: go on, saying what is skipped
 * @property {string | null} found  where it is, or null when missing
 * @property {string} [problem]  set when the user pointed at something that is not there: installing will not help
 * @property {Packages} packages  what provides it
 */

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const MAC_BROWSERS = ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];

/** Scripts the screens show beyond Latin, the fontconfig language that proves a font covers it, and its package. */
const FONT_SCRIPTS = [
  { script: 'Arabic', lang: 'ar', debian: 'fonts-noto-core', fedora: 'google-noto-sans-arabic-fonts' },
  { script: 'Cyrillic', lang: 'ru', debian: 'fonts-noto-core', fedora: 'google-noto-sans-fonts' },
  { script: 'Greek', lang: 'el', debian: 'fonts-noto-core', fedora: 'google-noto-sans-fonts' },
  { script: 'Ethiopic (Tigrinya)', lang: 'ti', debian: 'fonts-noto-core', fedora: 'google-noto-sans-ethiopic-fonts' },
  { script: 'CJK', lang: 'zh-cn', debian: 'fonts-noto-cjk', fedora: 'google-noto-sans-cjk-fonts' },
];

/** Folders where PostgreSQL packages put initdb and pg_ctl (Debian, PGDG on Fedora, Homebrew), newest version first. */
const POSTGRES_PARENTS = [
  { dir: '/usr/lib/postgresql', prefix: '' },
  { dir: '/usr', prefix: 'pgsql-' },
  { dir: '/opt/homebrew/opt', prefix: 'postgresql@' },
  { dir: '/usr/local/opt', prefix: 'postgresql@' },
];

/** @param {string[]} [debian] @param {string[]} [fedora] @param {string[]} [brew] @param {string[]} [brewCask] @returns {Packages} */
const packages = (debian = [], fedora = [], brew = [], brewCask = []) => ({ debian, fedora, brew, brewCask });

/** @returns {Machine} */
export function thisMachine() {
  return {
    env: process.env,
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
    isExecutable(file) {
      try {
        accessSync(file, constants.X_OK);
        return statSync(file).isFile();
      } catch {
        return false;
      }
    },
    listDir(dir) {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
    hasFontFor(lang) {
      const fcList = spawnSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' });
      if (fcList.error) return null;
      return fcList.stdout.trim() !== '';
    },
  };
}

/** @param {string} name @param {Machine} machine @returns {string | null} the program's path on PATH */
export function findProgram(name, machine) {
  for (const dir of (machine.env.PATH ?? '').split(path.delimiter)) {
    if (dir && machine.isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

/**
 * CHROMIUM_PATH when set (and only that: the user chose it), else Debian's path, a Chromium or
 * Chrome on PATH, or the macOS applications.
 * @param {Machine} machine
 * @returns {{ found: string | null, problem?: string }}
 */
export function findChromium(machine) {
  const chosen = machine.env.CHROMIUM_PATH;
  if (chosen) {
    return machine.isExecutable(chosen) ? { found: chosen } : { found: null, problem: `CHROMIUM_PATH=${chosen} is not an executable file` };
  }
  if (machine.isExecutable(DEFAULT_CHROMIUM)) return { found: DEFAULT_CHROMIUM };
  for (const name of CHROMIUM_NAMES) {
    const onPath = findProgram(name, machine);
    if (onPath) return { found: onPath };
  }
  return { found: MAC_BROWSERS.find((app) => machine.isExecutable(app)) ?? null };
}

/** The browser Playwright and the bench launch: the one the check found, else what it will complain about. */
export function chromiumPath(machine = thisMachine()) {
  return findChromium(machine).found ?? machine.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
}

/**
 * The folder holding both initdb and pg_ctl: a packaged server (newest version first), else PATH.
 * @param {Machine} machine
 * @returns {string | null}
 */
export function findPostgresBin(machine = thisMachine()) {
  const version = (/** @type {string} */ name) => Number.parseFloat(name.replace(/^\D+/, '')) || 0;
  const packaged = POSTGRES_PARENTS.flatMap(({ dir, prefix }) =>
    machine
      .listDir(dir)
      .filter((name) => name.startsWith(prefix) && /\d/.test(name))
      .sort((a, b) => version(b) - version(a))
      .map((name) => path.join(dir, name, 'bin')),
  );
  const onPath = findProgram('initdb', machine);
  const dirs = onPath ? [...packaged, path.dirname(onPath)] : packaged;
  return dirs.find((dir) => machine.isExecutable(path.join(dir, 'initdb')) && machine.isExecutable(path.join(dir, 'pg_ctl'))) ?? null;
}

/**
 * @param {Machine} machine
 * @returns {Part}
 */
function fontsPart(machine) {
  const all = FONT_SCRIPTS.map((s) => s.script).join(', ');
  const checked = FONT_SCRIPTS.map((s) => ({ ...s, has: machine.hasFontFor(s.lang) }));
  const noFontconfig = checked.some((s) => s.has === null);
  const missing = checked.filter((s) => !s.has);
  const unique = (/** @type {string[]} */ names) => [...new Set(names)];
  return {
    label: 'fonts',
    name: noFontconfig ? `fontconfig and fonts for ${all}` : `fonts for ${missing.map((s) => s.script).join(', ') || all}`,
    usedFor: 'the screens in those scripts',
    need: 'required',
    found: missing.length === 0 ? all : null,
    packages: packages(
      unique([...(noFontconfig ? ['fontconfig'] : []), ...missing.map((s) => s.debian)]),
      unique([...(noFontconfig ? ['fontconfig'] : []), ...missing.map((s) => s.fedora)]),
    ),
  };
}

/**
 * What a run needs. PostgreSQL is wanted, not required, outside CI: without it the PostgreSQL half
 * of the suite skips itself. macOS has fonts for every script, so they are only checked elsewhere.
 * @param {'test' | 'bench'} purpose
 * @param {Machine} machine
 * @returns {Part[]}
 */
export function partsFor(purpose, machine) {
  const chromium = findChromium(machine);
  /** @type {Part} */
  const browser = {
    label: 'Chromium',
    name: 'a Chromium-family browser (Chromium or Chrome)',
    usedFor: purpose === 'test' ? 'the browser tests (Playwright)' : 'the kiosk timing',
    need: 'required',
    found: chromium.found,
    ...(chromium.problem ? { problem: chromium.problem } : {}),
    packages: packages(['chromium'], ['chromium'], [], ['google-chrome']),
  };
  /** @param {string} usedFor @param {'required' | 'wanted'} need @returns {Part} */
  const postgres = (usedFor, need) => ({
    label: 'PostgreSQL',
    name: 'PostgreSQL server (initdb, pg_ctl)',
    usedFor,
    need,
    found: findPostgresBin(machine),
    packages: packages(['postgresql'], ['postgresql-server'], ['postgresql@15']),
  });
  if (purpose === 'bench') {
    return [
      browser,
      { label: 'nginx', name: 'nginx', usedFor: 'the side-by-side with a static file server', need: 'wanted', found: findProgram('nginx', machine), packages: packages(['nginx-light'], ['nginx'], ['nginx']) },
      { label: 'wrk', name: 'wrk', usedFor: 'the HTTP load figures', need: 'wanted', found: findProgram('wrk', machine), packages: packages(['wrk'], ['wrk'], ['wrk']) },
      postgres('the engine comparison (npm run bench -- --engine postgres)', 'wanted'),
    ];
  }
  return [browser, ...(machine.platform === 'darwin' ? [] : [fontsPart(machine)]), postgres('the PostgreSQL half of the suite', machine.env.CI === 'true' ? 'required' : 'wanted')];
}

/**
 * Why this run will not install anything itself, or null when it will.
 * @param {Machine} machine
 */
export function whyNoInstall(machine) {
  const optOut = machine.env.WEGWIJS_NO_INSTALL;
  if (optOut && optOut !== '0') return `WEGWIJS_NO_INSTALL=${optOut}`;
  if (machine.platform !== 'linux') return 'only Debian/Ubuntu installs are automatic';
  if (!machine.isRoot) return 'not running as root';
  if (!findProgram('apt-get', machine)) return 'apt-get not found';
  return null;
}

/**
 * @param {Part[]} parts
 * @param {boolean} canInstall
 * @returns {{ install: string[], stop: Part[], skip: Part[] }} Debian packages to install first, or
 *   the required parts that stop the run and the wanted ones it goes on without
 */
export function plan(parts, canInstall) {
  const missing = parts.filter((p) => !p.found);
  const install = canInstall ? [...new Set(missing.filter((p) => !p.problem).flatMap((p) => p.packages.debian))] : [];
  if (install.length > 0) return { install, stop: [], skip: [] };
  return { install: [], stop: missing.filter((p) => p.need === 'required'), skip: missing.filter((p) => p.need === 'wanted') };
}

/** @param {string[]} debian */
export const aptCommand = (debian) => `apt-get update && apt-get install -y ${debian.join(' ')}`;

/** @param {Part[]} parts @returns {[string, string][]} per package manager: the system it is for and the command */
export function installCommands(parts) {
  /** @param {keyof Packages} kind */
  const all = (kind) => [...new Set(parts.flatMap((p) => p.packages[kind]))].join(' ');
  const brew = [all('brew') && `brew install ${all('brew')}`, all('brewCask') && `brew install --cask ${all('brewCask')}`].filter(Boolean);
  return [
    ['Debian/Ubuntu', `sudo apt-get update && sudo apt-get install -y ${all('debian')}`],
    ['Fedora', `sudo dnf install -y ${all('fedora')}`],
    ['macOS (Homebrew)', brew.join(' && ') || 'nothing to install (macOS has these)'],
  ];
}

/**
 * The one message of a run that cannot start.
 * @param {'test' | 'bench'} purpose
 * @param {Part[]} stop
 * @param {{ notInstalled: string | null, aptRan: boolean }} why  why nothing was installed (whyNoInstall), or that apt-get ran
 */
export function stopMessage(purpose, stop, why) {
  const command = purpose === 'test' ? 'npm test' : 'npm run bench';
  const browser = stop.find((p) => p.packages.debian.includes('chromium'));
  const unset = browser?.problem ? ` (or unset CHROMIUM_PATH to use ${DEFAULT_CHROMIUM} or one on PATH)` : '';
  return [
    `${command} cannot start: ${stop.length === 1 ? 'a system part is' : `${stop.length} system parts are`} missing.`,
    ...stop.map((p) => `  - ${p.name}, for ${p.usedFor}${p.problem ? `: ${p.problem}` : ''}`),
    '',
    'Install with your package manager:',
    ...installCommands(stop).map(([system, command]) => `  ${`${system}:`.padEnd(18)}${command}`),
    ...(browser ? [`Or use a Chromium or Chrome you already have: CHROMIUM_PATH=/path/to/chrome ${command}${unset}`] : []),
    ...(why.notInstalled ? [`(Not installed automatically: ${why.notInstalled}. As root on Debian/Ubuntu, ${command} installs them with apt.)`] : []),
    ...(why.aptRan ? ['(apt-get ran, and these are still missing.)'] : []),
  ].join('\n');
}

/** @param {Part} part */
export const skipLine = (part) => `${part.name} not found: ${part.usedFor} skipped (${installCommands([part])[0]?.join(': ')})`;

/** @param {Part[]} parts */
export const foundLine = (parts) => `system parts: ${parts.filter((p) => p.found).map((p) => `${p.label} ${p.found}`).join(' · ')}`;

/**
 * Checks, installs what it can, and returns the exit code: 0 to go on, 1 to stop.
 * @param {'test' | 'bench'} purpose
 * @param {Machine} machine
 */
export function checkSystemParts(purpose, machine = thisMachine()) {
  const reason = whyNoInstall(machine);
  let parts = partsFor(purpose, machine);
  let decided = plan(parts, reason === null);
  const aptRan = decided.install.length > 0;
  if (aptRan) {
    const command = aptCommand(decided.install);
    console.log(`installing missing system parts: ${command}`);
    const apt = spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (apt.status !== 0) console.error(`apt-get failed (exit ${apt.status ?? apt.signal}).`);
    parts = partsFor(purpose, machine);
    decided = plan(parts, false);
  }
  for (const part of decided.skip) console.log(skipLine(part));
  if (decided.stop.length > 0) {
    console.error(stopMessage(purpose, decided.stop, { notInstalled: reason, aptRan }));
    return 1;
  }
  console.log(foundLine(parts));
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { positionals } = parseArgs({ allowPositionals: true });
  const purpose = positionals[0] ?? 'test';
  if (purpose !== 'test' && purpose !== 'bench') {
    console.error(`usage: node scripts/system-parts.mjs test|bench (not "${purpose}")`);
    process.exitCode = 2;
  } else {
    process.exitCode = checkSystemParts(purpose);
  }
}

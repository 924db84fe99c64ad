/**
 * The JavaScript a screen must fetch before its first paint, read from the built output (needs
 * `npm run build`): the entry script and everything it imports statically, plus the one string
 * chunk of the language a worker chose (shared/strings/<code>.ts, fetched on demand). Printed,
 * plain and gzipped, for the kiosk and the phone app. `tsx bench/first-paint-js.ts <out folder>`
 * measures another build (e.g. one of the commit before the strings were split).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = resolve(process.argv[2] ?? join(import.meta.dirname, '../out'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Entry scripts and module preloads of a page, then their static imports (not `import(...)`), transitively. */
function staticScripts(htmlPath: string): string[] {
  const html = readFileSync(htmlPath, 'utf8');
  // The phone app is served under /app/; its page names scripts by that absolute path.
  const local = (src: string) => (src.startsWith('/app/') ? join(dirname(htmlPath), src.slice('/app/'.length)) : resolve(dirname(htmlPath), src));
  const queue = [...html.matchAll(/<(?:script[^>]+src|link rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => local(m[1]!));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.\.?\/[^"]+\.js)"/g)) queue.push(resolve(dirname(file), m[1]!));
  }
  return [...seen];
}

function size(files: string[]) {
  return files.reduce((sum, f) => {
    const bytes = readFileSync(f);
    return { plain: sum.plain + bytes.length, gzip: sum.gzip + gzipSync(bytes).length };
  }, { plain: 0, gzip: 0 });
}

function report(name: string, htmlPath: string, language: string) {
  if (!existsSync(htmlPath)) return `  ${name}: not built (${htmlPath} missing)`;
  const entry = size(staticScripts(htmlPath));
  const assets = join(dirname(htmlPath), name === 'kiosk' ? '../assets' : 'assets');
  const chunk = readdirSync(assets).find((f) => f.startsWith(`${language}-`) && f.endsWith('.js'));
  const strings = chunk ? size([join(assets, chunk)]) : { plain: 0, gzip: 0 };
  return `  ${name}: ${kb(entry.plain)} (${kb(entry.gzip)} gzipped) before the language screen, ${chunk ? `+ ${kb(strings.plain)} (${kb(strings.gzip)} gzipped) for the ${language} strings` : 'strings inside'}`;
}

console.log(
  ['', `first-paint JavaScript (${OUT})`, report('kiosk', join(OUT, 'renderer/kiosk/index.html'), 'pl'), report('phone', join(OUT, 'phone/index.html'), 'pl')].join('\n'),
);

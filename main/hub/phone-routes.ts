import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isLanguageCode, languageInfo } from '../../shared/languages';
import { phonePaths } from '../../shared/phone-bundle';
import type { HubDeps } from './context-types';
import { HubError } from './errors';
import { phoneData } from './data/scope';
import { phoneBundle } from './phone-bundle';
import { sendPrepared } from './prepared-response';
import { PHONE_PAGE_CSP, phoneLanguage, renderPhonePage } from './phone-page';

/** Where `vite build -c phone/vite.config.ts` puts the phone app. */
export const DEFAULT_PHONE_DIR = resolve(import.meta.dirname, '../../out/phone');

/**
 * The phone app may load only its own scripts, styles, images and data from the hub: no
 * third-party request, no inline script, no framing. 'wasm-unsafe-eval' lets the read-aloud
 * engine (our own WebAssembly) compile; it allows no script eval.
 */
export const PHONE_APP_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const PRIVATE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

const ID = '[0-9a-f-]{36}';
const BUNDLE = new RegExp(`^/app/(${ID})/bundle/([a-z]{2})\\.json$`);
const MANIFEST = new RegExp(`^/app/(${ID})/manifest\\.webmanifest$`);
/** The app's screens, each with its own address (see phone/src/lib/route.ts). */
const SCREEN = new RegExp(`^/app/(${ID})(?:/item/(${ID})|/category/[a-z]+|/search|/saved|/places|/language)?/?$`);
const OLD_PAGE = new RegExp(`^/p/(${ID})/(${ID})$`);

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** A file path inside the app's folder, or null for one that is malformed or climbs out of it. */
function safePath(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const file = normalize(decoded);
  return file.startsWith('..') || file.startsWith('/') || file.includes('\0') ? null : file;
}

const GONE_LOCATION = 'This location does not exist (any more).';
const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

interface StaticFile {
  body: Buffer;
  gzip: Buffer | null;
}

/**
 * Serves the phone app under /app/, its per-location bundle and manifest, and the old /p/ links.
 * Everything here is public and the same for every caller: no cookie is read or set.
 */
export function phoneRoutes(deps: HubDeps, phoneDir = DEFAULT_PHONE_DIR) {
  const files = new Map<string, StaticFile>();

  function readStatic(path: string): StaticFile | null {
    const hit = files.get(path);
    if (hit) return hit;
    const file = join(phoneDir, path);
    try {
      if (!statSync(file).isFile()) return null;
    } catch {
      return null;
    }
    const body = readFileSync(file);
    const compressible = ['.html', '.js', '.css', '.svg', '.json', '.webmanifest'].includes(extname(path));
    const found = { body, gzip: compressible ? gzipSync(body) : null };
    files.set(path, found);
    return found;
  }

  function sendStatic(req: IncomingMessage, res: ServerResponse, path: string, headers: Record<string, string>, page?: (html: string) => string): void {
    const stored = readStatic(path);
    const file = stored && page ? { body: Buffer.from(page(stored.body.toString('utf8'))), gzip: null } : stored;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...PRIVATE_HEADERS });
      res.end(path === 'index.html' ? 'The phone app is not built: run npm run build.' : 'Not found');
      return;
    }
    const gzip = file.gzip && acceptsGzip(req);
    const body = gzip ? file.gzip! : file.body;
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-length': String(body.length),
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      ...PRIVATE_HEADERS,
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function notFound(res: ServerResponse, message: string) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache', ...PRIVATE_HEADERS });
    res.end(message);
  }

  /** Runs `read`; an unknown location or article answers 404 with `message`, and gives null. */
  async function orNotFound<T>(res: ServerResponse, message: string, read: () => Promise<T>): Promise<T | null> {
    try {
      return await read();
    } catch (err) {
      if (!(err instanceof HubError)) throw err;
      notFound(res, message);
      return null;
    }
  }

  async function sendBundle(req: IncomingMessage, res: ServerResponse, locationId: string, language: string) {
    if (!isLanguageCode(language)) return notFound(res, `No language "${language}"`);
    const bundle = await orNotFound(res, GONE_LOCATION, () => phoneBundle(deps, locationId, language));
    if (!bundle) return;
    // Any cache (the browser's, a CDN's) may keep it, and must ask again each time: a 304 costs a few bytes.
    await sendPrepared(req, res, bundle, { cacheControl: 'public, no-cache', headers: { vary: 'Accept-Encoding', ...PRIVATE_HEADERS } });
  }

  async function sendManifest(res: ServerResponse, locationId: string, rawLanguage: string | null) {
    const location = await orNotFound(res, GONE_LOCATION, async () => (await phoneData(deps, locationId)).location);
    if (!location) return;
    const language = phoneLanguage(rawLanguage);
    const icon = (name: string, size: number, purpose: string) => ({ src: `/app/icons/${name}`, sizes: `${size}x${size}`, type: 'image/png', purpose });
    const manifest = {
      id: `/app/${locationId}`,
      name: `Wegwijs · ${location.name}`,
      short_name: 'Wegwijs',
      description: location.municipality,
      lang: language,
      dir: languageInfo(language).rtl ? 'rtl' : 'ltr',
      start_url: phonePaths.app(locationId, language),
      scope: '/app/',
      display: 'standalone',
      orientation: 'portrait',
      theme_color: '#0b4f8a',
      background_color: '#eef2f6',
      icons: [icon('icon-192.png', 192, 'any'), icon('icon-512.png', 512, 'any'), icon('icon-maskable-512.png', 512, 'maskable')],
    };
    res.writeHead(200, { 'content-type': 'application/manifest+json', 'cache-control': 'public, no-cache', ...PRIVATE_HEADERS });
    res.end(JSON.stringify(manifest));
  }

  /** An article's screen points a phone that runs no script to the same article as a plain page. */
  async function withPlainLink(html: string, locationId: string, itemId: string, url: URL): Promise<string> {
    const language = phoneLanguage(url.searchParams.get('lang'));
    let title: string;
    try {
      title = (await (await phoneData(deps, locationId)).feed.article(itemId, language)).title;
    } catch {
      return html;
    }
    const href = `/p/${locationId}/${itemId}?lang=${language}&amp;plain`;
    return html.replace('<!--noscript-->', `<noscript><p><a href="${href}">${escapeHtml(title)}</a></p></noscript>`);
  }

  /** Returns true when the request was one of the phone app's. */
  return async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = url.pathname;
    const old = OLD_PAGE.exec(path);
    if (old) {
      const [, locationId, itemId] = old;
      const language = phoneLanguage(url.searchParams.get('lang'));
      // Old QR codes lead into the app; `?plain` is the same article for a phone that runs no script.
      if (!url.searchParams.has('plain')) {
        res.writeHead(302, { location: phonePaths.item(locationId!, itemId!, language), 'cache-control': 'no-cache', ...PRIVATE_HEADERS });
        res.end();
        return true;
      }
      const feed = await orNotFound(res, GONE_LOCATION, async () => (await phoneData(deps, locationId!)).feed);
      const entry = feed && (await orNotFound(res, 'This information is not available (any more).', () => feed.article(itemId!, language)));
      if (entry) {
        const original = url.searchParams.has('original') && entry.originalChangedAt ? await feed.article(itemId!, entry.sourceLanguage) : undefined;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PHONE_PAGE_CSP, 'cache-control': 'no-cache', ...PRIVATE_HEADERS });
        res.end(renderPhonePage(entry, locationId!, original));
      }
      return true;
    }
    if (!path.startsWith('/app/')) return false;

    const bundle = BUNDLE.exec(path);
    if (bundle) {
      await sendBundle(req, res, bundle[1]!, bundle[2]!);
      return true;
    }
    const manifest = MANIFEST.exec(path);
    if (manifest) {
      await sendManifest(res, manifest[1]!, url.searchParams.get('lang'));
      return true;
    }
    const screen = SCREEN.exec(path);
    if (screen) {
      const [, locationId, itemId] = screen;
      if (await orNotFound(res, `${GONE_LOCATION} Scan the QR code on the kiosk again.`, () => phoneData(deps, locationId!))) {
        const stored = itemId ? readStatic('index.html') : null;
        const page = stored ? await withPlainLink(stored.body.toString('utf8'), locationId!, itemId!, url) : null;
        sendStatic(req, res, 'index.html', { 'content-security-policy': PHONE_APP_CSP, 'cache-control': 'no-cache' }, page === null ? undefined : () => page);
      }
      return true;
    }
    const file = safePath(path.slice('/app/'.length));
    if (!file) {
      notFound(res, 'Not found');
      return true;
    }
    // Hashed assets never change under their name; the service worker and the page must be fresh.
    const immutable = file.startsWith('assets/') || file.startsWith('icons/');
    sendStatic(req, res, file, {
      'content-security-policy': PHONE_APP_CSP,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    return true;
  };
}

import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, createBrotliCompress, createGzip, gzip, gzipSync, type BrotliOptions } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

type Encoding = 'br' | 'gzip' | 'identity';

/** Bodies above this size get faster (lower) compression levels: a 13 MB pull page must not take seconds. */
const LARGE = 1 << 20;
/**
 * Bodies up to this size (a feed page: 100–130 KB) are compressed at once, on the event loop: it
 * takes about a millisecond, while a trip through the thread pool waits for the loop twice, which
 * under an editor's writes meant 15 ms before the first reader of a new version was answered.
 */
const SMALL = 256 * 1024;

/**
 * A response body prepared once when content changes and then served like a static file: a strong
 * ETag from its bytes, gzip and brotli made once (large ones in the thread pool) and chosen
 * per request by Accept-Encoding, `If-None-Match` answered with 304. One static-bytes server for
 * every read the hub can precompute: feed pages, the whole feed, kiosk pull pages.
 */
export class PreparedBody {
  /** What the strong ETag names (`"version"`, `"version-gz"`, …), and what a versioned URL names (`?v=`). */
  readonly version: string;
  private gzipped: Promise<Buffer> | null = null;
  private brotli: Promise<Buffer> | null = null;
  /** Compressed bytes once made, so later readers are answered without waiting on a promise. */
  private readonly made: Partial<Record<'gzip' | 'br', Buffer>> = {};
  private readonly etags: Partial<Record<Encoding, string>> = {};

  /** `version` defaults to a hash of the bytes; a body that names its own version (the phone bundle) passes it. */
  constructor(
    readonly identity: Buffer,
    readonly contentType = 'application/json',
    version?: string,
  ) {
    this.version = version ?? createHash('sha256').update(identity).digest('base64url').slice(0, 22);
  }

  static json(text: string): PreparedBody {
    return new PreparedBody(Buffer.from(text));
  }

  private get large(): boolean {
    return this.identity.length > LARGE;
  }

  /** Made and compressed in about a millisecond (a feed page): at once, on the event loop. */
  get small(): boolean {
    return this.identity.length <= SMALL;
  }

  /**
   * Compression levels by size: small bodies quick (the first reader of every new version waits
   * for them; gzip 3 is 8 % larger than 6 in a third of the time), large ones quickest.
   */
  private gzipLevel(): number {
    return this.large ? 1 : this.small ? 3 : 6;
  }

  private brotliOptions(): BrotliOptions {
    const quality = this.large ? 1 : this.small ? 4 : 5;
    return { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: this.identity.length } };
  }

  /**
   * Compressed bytes, made on first use (bodies over SMALL in the thread pool) and kept. Large
   * bodies get the fastest levels: a 13 MB pull page must not cost the hub more time than sending
   * it plainly would.
   */
  encoded(encoding: 'gzip' | 'br'): Promise<Buffer> {
    const made = this.encodedNow(encoding);
    if (made) return Promise.resolve(made);
    if (encoding === 'gzip') return (this.gzipped ??= this.keep('gzip', gzipAsync(this.identity, { level: this.gzipLevel() })));
    return (this.brotli ??= this.keep('br', brotliAsync(this.identity, this.brotliOptions())));
  }

  /** The strong ETag of this body in one encoding. */
  etag(encoding: Encoding): string {
    return (this.etags[encoding] ??= `"${this.version}${SUFFIX[encoding]}"`);
  }

  /** The compressed bytes if they are made already, or made now when the body is small; undefined: wait for `encoded`. */
  encodedNow(encoding: 'gzip' | 'br'): Buffer | undefined {
    const made = this.made[encoding];
    if (made || !this.small) return made;
    return (this.made[encoding] = encoding === 'gzip' ? gzipSync(this.identity, { level: this.gzipLevel() }) : brotliCompressSync(this.identity, this.brotliOptions()));
  }

  private keep(encoding: 'gzip' | 'br', making: Promise<Buffer>): Promise<Buffer> {
    making.then(
      (bytes) => (this.made[encoding] = bytes),
      () => {},
    );
    return making;
  }

  /**
   * For the first reader of a large body: sends the compressed bytes as they are made, so it need
   * not wait for the whole page, and keeps them for the next readers. False when they exist already.
   */
  streamTo(encoding: 'gzip' | 'br', res: ServerResponse, headers: string[]): boolean {
    if (!this.large || (encoding === 'gzip' ? this.gzipped : this.brotli)) return false;
    const zip = encoding === 'gzip' ? createGzip({ level: 1 }) : createBrotliCompress(this.brotliOptions());
    const chunks: Buffer[] = [];
    const made = new Promise<Buffer>((resolve, reject) => {
      zip.on('data', (chunk: Buffer) => chunks.push(chunk));
      zip.once('end', () => resolve(Buffer.concat(chunks)));
      zip.once('error', reject);
    });
    made.catch(() => res.destroy());
    if (encoding === 'gzip') this.gzipped = this.keep('gzip', made);
    else this.brotli = this.keep('br', made);
    res.writeHead(200, [...headers, 'content-encoding', encoding]);
    zip.pipe(res);
    // A reader that leaves early must not leave the kept bytes half made.
    res.once('close', () => {
      zip.unpipe(res);
      zip.resume();
    });
    zip.end(this.identity);
    return true;
  }
}

export interface SendOptions {
  /** `private, no-cache` for reads behind a token: any cache must ask again, and gets a 304 when nothing changed. */
  cacheControl: string;
  /** More headers for every answer, 304 included; `vary` here replaces the default. */
  headers?: Record<string, string>;
}

/** Versioned URLs never change their bytes: a cache may keep them for a year without asking. */
export const IMMUTABLE = 'max-age=31536000, immutable';

/** The best encoding the client accepts: brotli, then gzip, else the plain bytes. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  let gzipOk = false;
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const refused = params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p));
    if (refused) continue;
    if (name === 'br') return 'br';
    if (name === 'gzip' || name === '*') gzipOk = true;
  }
  return gzipOk ? 'gzip' : 'identity';
}

/** Clients send a handful of different Accept-Encoding lines: each is read once. */
const encodingsSeen = new Map<string, Encoding>();

function encodingFor(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  let encoding = encodingsSeen.get(acceptEncoding);
  if (encoding === undefined) {
    encoding = chooseEncoding(acceptEncoding);
    if (encodingsSeen.size < 256) encodingsSeen.set(acceptEncoding, encoding);
  }
  return encoding;
}

/** Each encoding is its own representation, so its own strong ETag: `"hash"`, `"hash-gz"`, `"hash-br"`. */
const SUFFIX: Record<Encoding, string> = { identity: '', gzip: '-gz', br: '-br' };
const SUFFIXES = Object.values(SUFFIX);

/** Whether If-None-Match names this version in any encoding: the client holds the same content. */
function matches(ifNoneMatch: string | undefined, version: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((raw) => {
    const tag = raw.trim().replace(/^W\//, '');
    return tag === '*' || (tag.startsWith(`"${version}`) && tag.endsWith('"') && SUFFIXES.includes(tag.slice(version.length + 1, -1)));
  });
}

const DEFAULT_VARY = 'Accept-Encoding, Authorization';

/** Answers a GET or HEAD with the prepared bytes: 304 when the client holds them already. */
export function sendPrepared(req: IncomingMessage, res: ServerResponse, body: PreparedBody, options: SendOptions): void | Promise<void> {
  const encoding = encodingFor(req.headers['accept-encoding']);
  const etag = body.etag(encoding);
  // Header lists rather than objects: this runs for every read a fleet makes.
  const headers = ['etag', etag, 'cache-control', options.cacheControl];
  if (!options.headers?.vary) headers.push('vary', DEFAULT_VARY);
  if (options.headers) for (const [name, value] of Object.entries(options.headers)) headers.push(name, value);
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch === etag || matches(ifNoneMatch, body.version)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers.push('content-type', body.contentType);
  if (encoding === 'identity') return write(req, res, headers, body.identity);
  const made = body.encodedNow(encoding);
  if (made) {
    headers.push('content-encoding', encoding);
    return write(req, res, headers, made);
  }
  if (req.method === 'GET' && body.streamTo(encoding, res, headers)) return;
  return body.encoded(encoding).then(
    (bytes) => write(req, res, [...headers, 'content-encoding', encoding], bytes),
    // Compression cannot fail on bytes we made ourselves; if it ever did, the plain bytes still answer.
    () => write(req, res, [...headers.map((h) => (h === etag ? body.etag('identity') : h))], body.identity),
  );
}

function write(req: IncomingMessage, res: ServerResponse, headers: string[], bytes: Buffer): void {
  if (res.destroyed) return;
  headers.push('content-length', String(bytes.length));
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/**
 * Prepared bodies kept up to a byte budget, least recently used dropped first. Keys name what
 * the bytes answer; a key whose content changed gets a new body (and so a new ETag).
 */
export class PreparedCache<K> {
  private readonly entries = new Map<K, Promise<PreparedBody>>();
  private readonly sizes = new Map<K, number>();
  private bytes = 0;

  constructor(private readonly budget: number) {}

  /** Readers asking while the body is being made wait for the same one. */
  get(key: K, make: () => Promise<PreparedBody>): Promise<PreparedBody> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const body = make();
    this.entries.set(key, body);
    body.then(
      (made) => {
        if (this.entries.get(key) !== body) return;
        this.sizes.set(key, made.identity.length);
        this.bytes += made.identity.length;
        for (const oldKey of this.entries.keys()) {
          if (this.bytes <= this.budget || oldKey === key) break;
          this.bytes -= this.sizes.get(oldKey) ?? 0;
          this.sizes.delete(oldKey);
          this.entries.delete(oldKey);
        }
      },
      () => {
        if (this.entries.get(key) === body) this.entries.delete(key);
      },
    );
    return body;
  }
}

import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip, type BrotliOptions } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

type Encoding = 'br' | 'gzip' | 'identity';

/** Bodies above this size get faster (lower) compression levels: a 13 MB pull page must not take seconds. */
const LARGE = 1 << 20;

/**
 * A response body prepared once when content changes and then served like a static file: a strong
 * ETag from its bytes, gzip and brotli made once (in the thread pool, off the event loop) and chosen
 * per request by Accept-Encoding, `If-None-Match` answered with 304. One static-bytes server for
 * every read the hub can precompute: feed pages, the whole feed, kiosk pull pages.
 */
export class PreparedBody {
  /** What the strong ETag names (`"version"`, `"version-gz"`, …), and what a versioned URL names (`?v=`). */
  readonly version: string;
  private gzipped: Promise<Buffer> | null = null;
  private brotli: Promise<Buffer> | null = null;

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

  private brotliOptions(): BrotliOptions {
    return { params: { [constants.BROTLI_PARAM_QUALITY]: this.large ? 1 : 5, [constants.BROTLI_PARAM_SIZE_HINT]: this.identity.length } };
  }

  /**
   * Compressed bytes, made on first use (in the thread pool) and kept. Large bodies get the fastest
   * levels: a 13 MB pull page must not cost the hub more time than sending it plainly would.
   */
  encoded(encoding: 'gzip' | 'br'): Promise<Buffer> {
    if (encoding === 'gzip') return (this.gzipped ??= gzipAsync(this.identity, { level: this.large ? 1 : 6 }));
    return (this.brotli ??= brotliAsync(this.identity, this.brotliOptions()));
  }

  /**
   * For the first reader of a large body: sends the compressed bytes as they are made, so it need
   * not wait for the whole page, and keeps them for the next readers. False when they exist already.
   */
  streamTo(encoding: 'gzip' | 'br', res: ServerResponse, headers: Record<string, string | number>): boolean {
    if (!this.large || (encoding === 'gzip' ? this.gzipped : this.brotli)) return false;
    const zip = encoding === 'gzip' ? createGzip({ level: 1 }) : createBrotliCompress(this.brotliOptions());
    const chunks: Buffer[] = [];
    const made = new Promise<Buffer>((resolve, reject) => {
      zip.on('data', (chunk: Buffer) => chunks.push(chunk));
      zip.once('end', () => resolve(Buffer.concat(chunks)));
      zip.once('error', reject);
    });
    made.catch(() => res.destroy());
    if (encoding === 'gzip') this.gzipped = made;
    else this.brotli = made;
    res.writeHead(200, { ...headers, 'content-encoding': encoding });
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

/** Each encoding is its own representation, so its own strong ETag: `"hash"`, `"hash-gz"`, `"hash-br"`. */
const SUFFIX: Record<Encoding, string> = { identity: '', gzip: '-gz', br: '-br' };

/** Whether If-None-Match names this version in any encoding: the client holds the same content. */
function matches(ifNoneMatch: string | undefined, version: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((raw) => {
    const tag = raw.trim().replace(/^W\//, '');
    return tag === '*' || Object.values(SUFFIX).some((suffix) => tag === `"${version}${suffix}"`);
  });
}

/** Answers a GET or HEAD with the prepared bytes: 304 when the client holds them already. */
export function sendPrepared(req: IncomingMessage, res: ServerResponse, body: PreparedBody, options: SendOptions): void | Promise<void> {
  const encoding = chooseEncoding(req.headers['accept-encoding']);
  const headers: Record<string, string | number> = {
    etag: `"${body.version}${SUFFIX[encoding]}"`,
    'cache-control': options.cacheControl,
    vary: 'Accept-Encoding, Authorization',
    ...options.headers,
  };
  if (matches(req.headers['if-none-match'], body.version)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers['content-type'] = body.contentType;
  if (encoding === 'identity') return write(req, res, headers, body.identity);
  if (req.method === 'GET' && body.streamTo(encoding, res, headers)) return;
  return body.encoded(encoding).then(
    (bytes) => write(req, res, { ...headers, 'content-encoding': encoding }, bytes),
    // Compression cannot fail on bytes we made ourselves; if it ever did, the plain bytes still answer.
    () => write(req, res, { ...headers, etag: `"${body.version}"` }, body.identity),
  );
}

function write(req: IncomingMessage, res: ServerResponse, headers: Record<string, string | number>, bytes: Buffer): void {
  if (res.destroyed) return;
  res.writeHead(200, { ...headers, 'content-length': bytes.length });
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

/**
 * The hub's prepared reads beside nginx serving the very same bytes (the hub's identity and gzip
 * bodies written to files, `gzip_static on`), measured with wrk in the same run: one process
 * each (nginx without workers, the hub's one event loop), one wrk thread, the same headers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { findProgram, thisMachine } from '../scripts/system-parts.mjs';
import { findNginx, startNginx as startNginxIn } from '../tests/helpers/nginx';

export interface WrkResult {
  perSecond: number;
  p50: number;
  p99: number;
  /** Bytes per second over the wire, as wrk counts them. */
  transferPerSecond: number;
  /** Answers other than 2xx/3xx: a broken run, not a slow one. */
  errors: number;
}

export interface Target {
  url: string;
  headers: Record<string, string>;
}

export function staticTools(): { nginx: string; wrk: string } | { missing: string[] } {
  const nginx = findNginx();
  const wrk = findProgram('wrk', thisMachine());
  if (nginx && wrk) return { nginx, wrk };
  return { missing: [nginx ? null : 'nginx (Debian: nginx-light)', wrk ? null : 'wrk'].filter((m): m is string => !!m) };
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };
const UNIT_BYTES: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

function duration(text: string | undefined): number {
  const m = /([\d.]+)(us|ms|s|m)/.exec(text ?? '');
  return m ? Number(m[1]) * UNIT_MS[m[2]!]! : NaN;
}

export function parseWrk(output: string): WrkResult {
  const transfer = /Transfer\/sec:\s+([\d.]+)(B|KB|MB|GB)/.exec(output);
  return {
    perSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN),
    p50: duration(/^\s+50%\s+(\S+)/m.exec(output)?.[1]),
    p99: duration(/^\s+99%\s+(\S+)/m.exec(output)?.[1]),
    transferPerSecond: transfer ? Number(transfer[1]) * UNIT_BYTES[transfer[2]!]! : NaN,
    errors: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0) + Number(/Socket errors:.*timeout (\d+)/.exec(output)?.[1] ?? 0),
  };
}

function wrkArgs(target: Target, connections: number, seconds: number, script?: string): string[] {
  const headers = Object.entries(target.headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
  return ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', ...(script ? ['-s', script] : []), ...headers, target.url];
}

export function runWrk(wrk: string, target: Target, connections: number, seconds: number): WrkResult {
  const run = spawnSync(wrk, wrkArgs(target, connections, seconds), { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr || run.stdout}`);
  return parseWrk(run.stdout);
}

/**
 * wrk asking for `paths` of `target.url` in turn (a Lua script), while this process goes on
 * (a writer in the same bench keeps writing meanwhile).
 */
export async function runWrkRotating(wrk: string, target: Target, paths: readonly string[], connections: number, seconds: number): Promise<WrkResult> {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-wrk-'));
  const script = join(dir, 'rotate.lua');
  writeFileSync(
    script,
    `local paths = {${paths.map((p) => JSON.stringify(p)).join(', ')}}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1])\nend\n`,
  );
  try {
    const child = spawn(wrk, wrkArgs(target, connections, seconds, script));
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
    if (status !== 0) throw new Error(`wrk failed: ${out}`);
    return parseWrk(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A GET leaving the body as sent (fetch would decompress it). */
export function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; etag: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, etag: String(res.headers.etag ?? ''), body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

export interface StaticServer {
  url: string;
  stop(): Promise<void>;
}

/** nginx in the foreground, one process, serving `files` (name → bytes) from a temp root with gzip_static. */
export async function startNginx(nginx: string, files: Record<string, Buffer>): Promise<StaticServer> {
  const server = await startNginxIn(nginx, (dir, port) => {
    const www = join(dir, 'www');
    mkdirSync(www);
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(www, name), bytes);
    return `  default_type application/json;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 10000000;
  gzip_static on;
  etag on;
  server {
    listen 127.0.0.1:${port};
    root ${www};
    location / { add_header Cache-Control "private, no-cache"; add_header Vary Accept-Encoding; }
  }`;
  });
  return { url: server.url, stop: server.stop };
}

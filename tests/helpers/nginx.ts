/**
 * nginx as a non-root process for the tests and the bench: a temp prefix holding its config, pid,
 * logs and temp folders, in the foreground with one process, on a free port.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findProgram, thisMachine } from '../../scripts/system-parts.mjs';
import { freePort } from './free-port';

export function findNginx(): string | null {
  const machine = thisMachine();
  return findProgram('nginx', machine) ?? (machine.isExecutable('/usr/sbin/nginx') ? '/usr/sbin/nginx' : null);
}

export interface NginxServer {
  url: string;
  port: number;
  /** The temp prefix: error.log is here. */
  dir: string;
  stop(): Promise<void>;
}

/** Whether anything answers HTTP at `url`. */
function answers(url: string): Promise<boolean> {
  return new Promise((done) => {
    request(url, (res) => {
      res.resume();
      done(true);
    })
      .on('error', () => done(false))
      .end();
  });
}

/**
 * Starts nginx with `http(dir, port)` as the body of its http block (dir: a folder it may write,
 * port: where it must listen) and waits until it answers.
 */
export async function startNginx(nginx: string, http: (dir: string, port: number) => string): Promise<NginxServer> {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-nginx-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `${k}_temp_path ${join(dir, k)};`).join('\n  ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  ${temp}
${http(dir, port)}
}
`,
  );
  const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100 && child.exitCode === null; i++) {
    if (await answers(`${url}/`)) return { url, port, dir, stop };
    await new Promise((r) => setTimeout(r, 50));
  }
  const log = (() => {
    try {
      return readFileSync(join(dir, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  })();
  await stop();
  throw new Error(`nginx did not start: ${stderr.trim()} ${log.trim()}`);
}

export const HUB_NGINX_CONF = resolve(import.meta.dirname, '../../build/nginx/wegwijs-hub.conf');

/**
 * build/nginx/wegwijs-hub.conf as shipped, with its three CHANGE lines pointed at these hubs, this
 * port and a cache folder under `dir`. Throws when a line to change is not found, so the shipped
 * file and what is tested cannot drift apart.
 */
export function hubBalancerConfig(hubs: readonly string[], dir: string, port: number): string {
  const shipped = readFileSync(HUB_NGINX_CONF, 'utf8');
  const replace = (text: string, pattern: RegExp, by: string) => {
    if (!pattern.test(text)) throw new Error(`${HUB_NGINX_CONF} no longer has ${pattern}`);
    return text.replace(pattern, by);
  };
  const servers = hubs.map((url) => `    server ${new URL(url).host};`).join('\n');
  let conf = replace(shipped, /(upstream wegwijs_hubs \{\n)(?:\s*server [^\n]*\n)+/, `$1${servers}\n`);
  conf = replace(conf, /proxy_cache_path \S+/, `proxy_cache_path ${join(dir, 'cache')}`);
  conf = replace(conf, /listen 80;/, `listen 127.0.0.1:${port};`);
  mkdirSync(join(dir, 'cache'), { recursive: true });
  return conf;
}

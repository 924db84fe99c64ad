import { isIP } from 'node:net';
import { resolve } from 'node:path';

export interface HubConfig {
  port: number;
  host: string;
  dataDir: string;
  /** A PostgreSQL server's address; null: the embedded SQLite file in `dataDir`. */
  database: string | null;
  demo: boolean;
  /** The address phones reach the hub at: every QR code starts with it. Null: the hub's own address (dev only). */
  publicUrl: string | null;
  production: boolean;
  /** Addresses of reverse proxies whose X-Forwarded-For names the real client. */
  trustedProxies: string[];
  /** Whether the platform operator may create a national tenant, whose content reaches every kiosk. */
  allowNationalTenant: boolean;
}

export class ConfigError extends Error {}

const HELP = `Usage: npm run hub -- [--port N] [--host ADDR] [--data-dir DIR] [--database URL] [--demo] [--public-url URL]
                         [--production] [--trusted-proxy ADDR]... [--allow-national-tenant]
  --port                   port to listen on (env WEGWIJS_HUB_PORT, default 4310)
  --host                   address to bind (env WEGWIJS_HUB_HOST, default 127.0.0.1)
  --data-dir               folder for hub.db (env WEGWIJS_DATA_DIR, default ./.data/hub)
  --database               a PostgreSQL database instead of hub.db, e.g. postgres://wegwijs@db.internal/wegwijs
                           (env WEGWIJS_DATABASE_URL); several hub instances may share it
  --demo                   load the demo scenario when the database is empty
  --public-url             the address phones open, e.g. https://wegwijs.waalhaven.nl (env WEGWIJS_PUBLIC_URL);
                           every QR code is built from it; required in production
  --production             production mode (also NODE_ENV=production): refuses to start without --public-url
  --trusted-proxy          address of a reverse proxy whose X-Forwarded-For is believed; repeat or
                           separate with commas (env WEGWIJS_TRUSTED_PROXIES, default none)
  --allow-national-tenant  let the platform operator create a national tenant, whose content every
                           kiosk shows (env WEGWIJS_ALLOW_NATIONAL_TENANT=1, default off)`;

/** Flags win over environment variables, which win over defaults. Bad values name the setting. */
export function parseHubConfig(argv: readonly string[], env: NodeJS.ProcessEnv): HubConfig | 'help' {
  const config: HubConfig = {
    port: 4310,
    host: env.WEGWIJS_HUB_HOST ?? '127.0.0.1',
    dataDir: resolve(env.WEGWIJS_DATA_DIR ?? '.data/hub'),
    database: env.WEGWIJS_DATABASE_URL ? parseDatabaseUrl(env.WEGWIJS_DATABASE_URL, 'WEGWIJS_DATABASE_URL') : null,
    demo: env.WEGWIJS_DEMO === '1',
    publicUrl: env.WEGWIJS_PUBLIC_URL ? parsePublicUrl(env.WEGWIJS_PUBLIC_URL, 'WEGWIJS_PUBLIC_URL') : null,
    production: env.NODE_ENV === 'production',
    trustedProxies: env.WEGWIJS_TRUSTED_PROXIES ? parseAddresses(env.WEGWIJS_TRUSTED_PROXIES, 'WEGWIJS_TRUSTED_PROXIES') : [],
    allowNationalTenant: env.WEGWIJS_ALLOW_NATIONAL_TENANT === '1',
  };
  if (env.WEGWIJS_HUB_PORT !== undefined) config.port = parsePort(env.WEGWIJS_HUB_PORT, 'WEGWIJS_HUB_PORT');
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new ConfigError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port':
        config.port = parsePort(value(), '--port');
        break;
      case '--host':
        config.host = value();
        break;
      case '--data-dir':
        config.dataDir = resolve(value());
        break;
      case '--database':
        config.database = parseDatabaseUrl(value(), '--database');
        break;
      case '--demo':
        config.demo = true;
        break;
      case '--public-url':
        config.publicUrl = parsePublicUrl(value(), '--public-url');
        break;
      case '--production':
        config.production = true;
        break;
      case '--trusted-proxy':
        config.trustedProxies.push(...parseAddresses(value(), '--trusted-proxy'));
        break;
      case '--allow-national-tenant':
        config.allowNationalTenant = true;
        break;
      case '--help':
      case '-h':
        return 'help';
      default:
        throw new ConfigError(`Unknown option ${flag}\n${HELP}`);
    }
  }
  if (config.production && !config.publicUrl) {
    throw new ConfigError(
      'The hub runs in production mode but has no public base URL. Set --public-url (or WEGWIJS_PUBLIC_URL) to the https:// address phones reach the hub at: every QR code on the kiosks is built from it.',
    );
  }
  return config;
}

/** An http(s) address without query or fragment, kept without its trailing slash so paths can follow it. */
export function parsePublicUrl(raw: string, name: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a web address like https://wegwijs.waalhaven.nl, not "${raw}"`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
    throw new ConfigError(`${name} must be a plain http(s) address without query, fragment or user, not "${raw}"`);
  }
  return url.href.replace(/\/+$/, '');
}

/** A postgres:// (or postgresql://) address; its password, if any, is never echoed back. */
export function parseDatabaseUrl(raw: string, name: string): string {
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    // named below
  }
  if (!url || !/^postgres(ql)?:$/.test(url.protocol)) {
    throw new ConfigError(`${name} must be a PostgreSQL address like postgres://wegwijs@localhost/wegwijs`);
  }
  return raw;
}

function parsePort(raw: string, name: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`${name} must be a port number from 0 to 65535, not "${raw}"`);
  return port;
}

function parseAddresses(raw: string, name: string): string[] {
  const addresses = raw.split(',').map((a) => a.trim()).filter(Boolean);
  const bad = addresses.find((a) => isIP(a) === 0);
  if (bad !== undefined) throw new ConfigError(`${name} takes IP addresses such as 10.0.0.5, not "${bad}"`);
  return addresses;
}

export { HELP as HUB_HELP };

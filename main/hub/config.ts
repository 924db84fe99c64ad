import { resolve } from 'node:path';

export interface HubConfig {
  port: number;
  host: string;
  dataDir: string;
  demo: boolean;
  /** The address phones reach the hub at: every QR code starts with it. Null: the hub's own address (dev only). */
  publicUrl: string | null;
  production: boolean;
}

export class ConfigError extends Error {}

const HELP = `Usage: npm run hub -- [--port N] [--host ADDR] [--data-dir DIR] [--demo] [--public-url URL] [--production]
  --port      port to listen on (env WEGWIJS_HUB_PORT, default 4310)
  --host      address to bind (env WEGWIJS_HUB_HOST, default 127.0.0.1)
  --data-dir  folder for hub.db (env WEGWIJS_DATA_DIR, default ./.data/hub)
  --demo      load the demo scenario when the database is empty
  --public-url  the address phones open, e.g. https://wegwijs.waalhaven.nl (env WEGWIJS_PUBLIC_URL);
                every QR code is built from it; required in production
  --production  production mode (also NODE_ENV=production): refuses to start without --public-url`;

/** Flags win over environment variables, which win over defaults. Bad values name the setting. */
export function parseHubConfig(argv: readonly string[], env: NodeJS.ProcessEnv): HubConfig | 'help' {
  const config: HubConfig = {
    port: 4310,
    host: env.WEGWIJS_HUB_HOST ?? '127.0.0.1',
    dataDir: resolve(env.WEGWIJS_DATA_DIR ?? '.data/hub'),
    demo: env.WEGWIJS_DEMO === '1',
    publicUrl: env.WEGWIJS_PUBLIC_URL ? parsePublicUrl(env.WEGWIJS_PUBLIC_URL, 'WEGWIJS_PUBLIC_URL') : null,
    production: env.NODE_ENV === 'production',
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
      case '--demo':
        config.demo = true;
        break;
      case '--public-url':
        config.publicUrl = parsePublicUrl(value(), '--public-url');
        break;
      case '--production':
        config.production = true;
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

function parsePort(raw: string, name: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`${name} must be a port number from 0 to 65535, not "${raw}"`);
  return port;
}

export { HELP as HUB_HELP };

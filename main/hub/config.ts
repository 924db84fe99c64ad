import { isIP } from 'node:net';
import { resolve } from 'node:path';

export interface HubConfig {
  port: number;
  host: string;
  dataDir: string;
  demo: boolean;
  /** Addresses of reverse proxies whose X-Forwarded-For names the real client. */
  trustedProxies: string[];
  /** Whether the platform operator may create a national tenant, whose content reaches every kiosk. */
  allowNationalTenant: boolean;
}

export class ConfigError extends Error {}

const HELP = `Usage: npm run hub -- [--port N] [--host ADDR] [--data-dir DIR] [--demo] [--trusted-proxy ADDR]... [--allow-national-tenant]
  --port                   port to listen on (env WEGWIJS_HUB_PORT, default 4310)
  --host                   address to bind (env WEGWIJS_HUB_HOST, default 127.0.0.1)
  --data-dir               folder for hub.db (env WEGWIJS_DATA_DIR, default ./.data/hub)
  --demo                   load the demo scenario when the database is empty
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
    demo: env.WEGWIJS_DEMO === '1',
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
      case '--demo':
        config.demo = true;
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
  return config;
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

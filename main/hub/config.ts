import { resolve } from 'node:path';

export interface HubConfig {
  port: number;
  host: string;
  dataDir: string;
  demo: boolean;
}

export class ConfigError extends Error {}

const HELP = `Usage: npm run hub -- [--port N] [--host ADDR] [--data-dir DIR] [--demo]
  --port      port to listen on (env WEGWIJS_HUB_PORT, default 4310)
  --host      address to bind (env WEGWIJS_HUB_HOST, default 127.0.0.1)
  --data-dir  folder for hub.db (env WEGWIJS_DATA_DIR, default ./.data/hub)
  --demo      load the demo scenario when the database is empty`;

/** Flags win over environment variables, which win over defaults. Bad values name the setting. */
export function parseHubConfig(argv: readonly string[], env: NodeJS.ProcessEnv): HubConfig | 'help' {
  const config: HubConfig = {
    port: 4310,
    host: env.WEGWIJS_HUB_HOST ?? '127.0.0.1',
    dataDir: resolve(env.WEGWIJS_DATA_DIR ?? '.data/hub'),
    demo: env.WEGWIJS_DEMO === '1',
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

export { HELP as HUB_HELP };

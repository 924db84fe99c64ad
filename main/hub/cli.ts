import { ConfigError, HUB_HELP, parseHubConfig } from './config';
import { startHub } from './server';
import { seedDemo } from './demo/seed';

async function main() {
  let config;
  try {
    config = parseHubConfig(process.argv.slice(2), process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  if (config === 'help') {
    console.log(HUB_HELP);
    return;
  }
  const hub = await startHub({ dataDir: config.dataDir, port: config.port, host: config.host });
  if (config.demo) {
    const seeded = await seedDemo(hub.deps);
    console.log(seeded ? `Demo data loaded: ${seeded.items} items, ${seeded.accounts} accounts` : 'Demo data: the database already has tenants, left as it is');
  }
  console.log(`Wegwijs hub listening on ${hub.url}  (data: ${config.dataDir})`);
  console.log(`  tRPC: ${hub.url}/trpc   health: ${hub.url}/healthz`);

  const stop = async (signal: string) => {
    console.log(`${signal}: finishing requests in flight, then stopping`);
    await hub.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

void main();

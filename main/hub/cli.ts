import { join } from 'node:path';
import { ConfigError, HUB_HELP, parseHubConfig } from './config';
import { startHub } from './server';
import { seedDemo } from './demo/seed';
import { backupDatabase, restoreDatabase, RestoreError } from './backup';
import { hubLog } from './hub-log';
import { HubLockedError } from './hub-lock';
import { MigrationError } from './db/migrate';

const log = hubLog();
// A closed stderr must not take the hub down either (the log itself goes through hubLog).
process.stderr.on('error', () => {});

/** `npm run hub -- [flags]`, `npm run hub -- backup FILE`, `npm run hub -- restore FILE`. */
async function main() {
  const [command, file, ...rest] = process.argv.slice(2);
  if (command === 'backup' || command === 'restore') {
    const config = parseHubConfig(rest, process.env);
    if (config === 'help' || !file) throw new ConfigError(`Usage: npm run hub -- ${command} FILE [--data-dir DIR]`);
    if (config.database) throw new ConfigError(`${command} works on the SQLite file in --data-dir; back up and restore a PostgreSQL database with pg_dump and pg_restore`);
    const database = join(config.dataDir, 'hub.db');
    if (command === 'backup') {
      let shown = -1;
      const { pages } = await backupDatabase(database, file, ({ totalPages, remainingPages }) => {
        const percent = totalPages ? Math.floor(((totalPages - remainingPages) / totalPages) * 100) : 100;
        if (percent !== shown) console.error(`backup: ${percent}% (${totalPages - remainingPages} of ${totalPages} pages)`);
        shown = percent;
      });
      console.log(`Backed up ${database} to ${file} (${pages} pages), while the hub kept running.`);
    } else {
      const { target, previous } = restoreDatabase(file, config.dataDir);
      console.log(`Restored ${file} to ${target}.${previous ? ` The replaced database is kept as ${previous}.` : ''} Start the hub again.`);
    }
    return;
  }

  const config = parseHubConfig(process.argv.slice(2), process.env);
  if (config === 'help') {
    console.log(HUB_HELP);
    return;
  }
  const hub = await startHub({
    dataDir: config.dataDir,
    database: config.database,
    port: config.port,
    host: config.host,
    log,
    settings: { publicUrl: config.publicUrl, trustedProxies: config.trustedProxies, allowNationalTenant: config.allowNationalTenant },
  });
  if (config.demo) {
    const seeded = await seedDemo(hub.deps);
    log.logger.info({ demo: seeded ?? 'left as it is: the database already has tenants' }, 'demo data');
  }
  log.logger.info(
    { url: hub.url, engine: hub.database.engine, dataDir: config.dataDir, port: config.port, host: config.host, demo: config.demo, publicUrl: hub.deps.settings.publicUrl, trustedProxies: config.trustedProxies, allowNationalTenant: config.allowNationalTenant, seq: await hub.deps.changes.latestSeq() },
    'hub started',
  );
  const where = hub.database.engine === 'postgres' ? 'PostgreSQL' : `data ${config.dataDir}`;
  console.error(`Wegwijs hub on ${hub.url} (${where}) — tRPC ${hub.url}/trpc, health ${hub.url}/healthz (/livez, /readyz), metrics ${hub.url}/metrics`);

  const stop = async (signal: string) => {
    log.logger.info({ signal }, 'finishing requests in flight, then stopping');
    await hub.close();
    await log.drained();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof RestoreError || err instanceof HubLockedError || err instanceof MigrationError) {
    console.error(err.message);
    process.exit(2);
  }
  log.logger.fatal({ err }, 'hub failed to start');
  console.error(`The hub failed to start: ${(err as Error).message}`);
  process.exit(1);
});

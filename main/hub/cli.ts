import { join } from 'node:path';
import { ConfigError, HUB_HELP, parseHubConfig } from './config';
import { startHub } from './server';
import { seedDemo } from './demo/seed';
import { backupDatabase, restoreDatabase, RestoreError } from './backup';
import { hubLog } from './hub-log';
import { HubLockedError } from './hub-lock';
import { MigrationError } from './db/migrate';
import { checksTable, copyToPostgres, CopyError, redacted, verifyPostgresCopy } from './copy-to-postgres';
import { renewPostgresDatabaseId } from './renew-database-id';

const log = hubLog();
// A closed stderr must not take the hub down either (the log itself goes through hubLog).
process.stderr.on('error', () => {});

/**
 * `npm run hub -- copy-to-postgres --data-dir DIR --database URL [--verify-only]`: prints progress,
 * then the verification table; exits 1 when a table differs.
 */
async function copyCommand(argv: string[]) {
  const verifyOnly = argv.includes('--verify-only');
  const config = parseHubConfig(argv.filter((a) => a !== '--verify-only'), process.env);
  if (config === 'help' || !config.database) throw new ConfigError('Usage: npm run hub -- copy-to-postgres --data-dir DIR --database postgres://USER@HOST/DB [--verify-only]');
  const sqliteFile = join(config.dataDir, 'hub.db');
  let checks;
  if (verifyOnly) {
    checks = await verifyPostgresCopy(sqliteFile, config.database);
  } else {
    console.error(`Copying ${sqliteFile} into ${redacted(config.database)}`);
    let shown = '';
    const result = await copyToPostgres({
      sqliteFile,
      postgresUrl: config.database,
      // A line per table when it is done, and one at every tenth of a large one.
      onProgress: ({ table, copied, total }) => {
        const step = `${table} ${total ? Math.floor((copied / total) * 10) : 10}`;
        if (step === shown || (copied === 0 && total > 0) || (copied < total && total < 10_000)) return;
        shown = step;
        console.error(`  ${table}: ${copied.toLocaleString('en')} of ${total.toLocaleString('en')} rows`);
      },
    });
    checks = result.checks;
    for (const s of result.sequences) console.log(`${s.table}.${s.column} continues at ${s.next.toLocaleString('en')}`);
    console.log(`Database id ${result.databaseId} kept: kiosks and consoles continue from their cursors.`);
  }
  console.log(checksTable(checks));
  const different = checks.filter((c) => !c.ok).map((c) => c.table);
  if (different.length) {
    console.error(`Verification FAILED for ${different.join(', ')}: do not start hubs on this copy. Drop the database, create it again and copy once more.`);
    process.exitCode = 1;
  } else {
    console.log(`Verified: ${checks.length} tables, the same rows and checksums on both sides.`);
  }
}

/** `npm run hub -- [flags]`, `backup FILE`, `restore FILE`, `copy-to-postgres …`, `renew-database-id …`. */
async function main() {
  const [command, file, ...rest] = process.argv.slice(2);
  if (command === 'copy-to-postgres') return copyCommand(process.argv.slice(3));
  if (command === 'renew-database-id') {
    const config = parseHubConfig(process.argv.slice(3), process.env);
    if (config === 'help' || !config.database) throw new ConfigError('Usage: npm run hub -- renew-database-id --database postgres://USER@HOST/DB   (after pg_restore, every hub instance stopped)');
    const id = await renewPostgresDatabaseId(config.database);
    console.log(`New database id ${id}: kiosks and consoles will pull everything again from the restored database. Start the hub instances.`);
    return;
  }
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
  if (err instanceof ConfigError || err instanceof RestoreError || err instanceof HubLockedError || err instanceof MigrationError || err instanceof CopyError) {
    console.error(err.message);
    process.exit(2);
  }
  log.logger.fatal({ err }, 'hub failed to start');
  console.error(`The hub failed to start: ${(err as Error).message}`);
  process.exit(1);
});

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { redacted } from './copy-to-postgres';
import { RestoreError } from './backup';

/**
 * After a PostgreSQL database was restored (pg_restore), what `restore` does for a SQLite file:
 * a new database id, so kiosks and consoles whose cursors belong to the newer history pull
 * everything again instead of waiting for the sequence to pass them. Refuses while anything else
 * is connected to the database (a hub instance still running would keep serving the old id).
 */
export async function renewPostgresDatabaseId(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (err) {
    throw new RestoreError(`Cannot connect to PostgreSQL at ${redacted(url)}: ${(err as Error).message}`);
  }
  try {
    const others = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    if (others.rows[0]!.n > 0) {
      throw new RestoreError(`Not renewed: ${others.rows[0]!.n} other connection(s) to this database are open. Stop every hub instance first, then run this again.`);
    }
    const id = randomBytes(16).toString('hex');
    const updated = await client.query("UPDATE meta SET value = $1 WHERE key = 'database_id'", [id]);
    if (updated.rowCount !== 1) throw new RestoreError(`${redacted(url)} is not a Wegwijs hub database (it has no database id)`);
    return id;
  } catch (err) {
    if (err instanceof RestoreError) throw err;
    throw new RestoreError(`Not renewed: ${(err as Error).message}`);
  } finally {
    await client.end();
  }
}

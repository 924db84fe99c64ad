import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { backupDatabase } from './backup';
import { migratePostgres, migrateSqlite } from './db/migrate';
import { HUB_MIGRATIONS, HUB_MIGRATIONS_POSTGRES } from './db/migrations';

/**
 * `npm run hub -- copy-to-postgres`: a pilot's SQLite database into an empty PostgreSQL database,
 * every table, in one transaction, then checked table by table. The copy keeps every key, the
 * change log's sequence numbers and the hub's database id, so kiosks and consoles continue from
 * their cursors on the PostgreSQL hub instead of pulling everything again.
 */

export class CopyError extends Error {}

/** Bookkeeping each engine keeps for itself: compared by name, never copied. */
const OWN_TABLES = new Set(['migrations']);
/** Rows a hub writes into a database it merely opened (its id, its clock): replaced by the pilot's. */
const REPLACED_TABLES = new Set(['meta']);

export interface TableCheck {
  table: string;
  sqliteRows: number;
  postgresRows: number;
  sqliteChecksum: string;
  postgresChecksum: string;
  ok: boolean;
}

export interface CopyProgress {
  table: string;
  copied: number;
  total: number;
}

interface TablePlan {
  table: string;
  columns: string[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * One row as text, the same from either engine's driver: NULL, numbers in decimal, bytes in hex,
 * text JSON-quoted so no value can pass for a separator or a number.
 */
function canonicalRow(values: readonly unknown[]): string {
  return values
    .map((v) => {
      if (v === null || v === undefined) return '\\N';
      if (Buffer.isBuffer(v)) return `\\x${v.toString('hex')}`;
      if (typeof v === 'number' || typeof v === 'bigint') return String(v);
      return JSON.stringify(v);
    })
    .join(',');
}

/**
 * A table's checksum: the sum (mod 2^64) of each row's SHA-256 prefix. A sum does not depend on
 * the order rows come back in, so the engines' different text orderings (SQLite compares bytes,
 * PostgreSQL its collation) cannot make equal tables look different.
 */
class TableSum {
  rows = 0;
  private sum = 0n;
  add(values: readonly unknown[]) {
    this.rows++;
    this.sum = (this.sum + createHash('sha256').update(canonicalRow(values)).digest().readBigUInt64BE(0)) & 0xffff_ffff_ffff_ffffn;
  }
  get hex(): string {
    return this.sum.toString(16).padStart(16, '0');
  }
}

/** The hub's tables in an order where every table comes after the tables it refers to. */
function dependencyOrder(db: Database.Database): TablePlan[] {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]).filter(
    (t) => !OWN_TABLES.has(t),
  );
  const refersTo = new Map(
    tables.map((t) => [t, new Set((db.prepare(`PRAGMA foreign_key_list(${quote(t)})`).all() as { table: string }[]).map((fk) => fk.table).filter((r) => r !== t))]),
  );
  const ordered: string[] = [];
  while (ordered.length < tables.length) {
    const next = tables.find((t) => !ordered.includes(t) && [...refersTo.get(t)!].every((r) => ordered.includes(r) || !refersTo.has(r)));
    if (!next) throw new CopyError(`The tables refer to each other in a circle: ${tables.filter((t) => !ordered.includes(t)).join(', ')}`);
    ordered.push(next);
  }
  return ordered.map((table) => ({ table, columns: (db.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string }[]).map((c) => c.name) }));
}

function sqliteChecksum(db: Database.Database, plan: TablePlan): TableSum {
  const sum = new TableSum();
  for (const row of db.prepare(`SELECT ${plan.columns.map(quote).join(', ')} FROM ${quote(plan.table)}`).raw().iterate()) sum.add(row as unknown[]);
  return sum;
}

async function postgresChecksum(client: pg.ClientBase, plan: TablePlan): Promise<TableSum> {
  const sum = new TableSum();
  await client.query('BEGIN READ ONLY');
  try {
    await client.query(`DECLARE rows NO SCROLL CURSOR FOR SELECT ${plan.columns.map(quote).join(', ')} FROM ${quote(plan.table)}`);
    for (;;) {
      const page = await client.query<unknown[]>({ text: 'FETCH 2000 FROM rows', rowMode: 'array' });
      for (const row of page.rows) sum.add(row);
      if (page.rows.length < 2000) break;
    }
  } finally {
    await client.query('COMMIT');
  }
  return sum;
}

/** Counts and checksums of every copied table on both sides, computed the same way. */
async function verify(db: Database.Database, client: pg.ClientBase, plans: TablePlan[]): Promise<TableCheck[]> {
  const checks: TableCheck[] = [];
  for (const plan of plans) {
    const here = sqliteChecksum(db, plan);
    const there = await postgresChecksum(client, plan);
    checks.push({
      table: plan.table,
      sqliteRows: here.rows,
      postgresRows: there.rows,
      sqliteChecksum: here.hex,
      postgresChecksum: there.hex,
      ok: here.rows === there.rows && here.hex === there.hex,
    });
  }
  return checks;
}

/** Tables of the PostgreSQL database that already hold rows of their own (empty list: fit to copy into). */
async function rowsAlready(client: pg.ClientBase): Promise<string[]> {
  const tables = (await client.query<{ name: string }>('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = $1 ORDER BY 1', ['BASE TABLE'])).rows.map((r) => r.name);
  const filled: string[] = [];
  for (const table of tables.filter((t) => !OWN_TABLES.has(t) && !REPLACED_TABLES.has(t))) {
    const { rows } = await client.query<{ n: bigint }>(`SELECT count(*) AS n FROM ${quote(table)}`);
    if (Number(rows[0]!.n) > 0) filled.push(`${table} (${Number(rows[0]!.n).toLocaleString('en')} rows)`);
  }
  return filled;
}

async function checkColumns(client: pg.ClientBase, plans: TablePlan[]) {
  const { rows } = await client.query<{ table_name: string; column_name: string }>('SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()');
  const there = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
  const missing = plans.flatMap((p) => p.columns.map((c) => `${p.table}.${c}`)).filter((c) => !there.has(c));
  if (missing.length) throw new CopyError(`The PostgreSQL schema lacks columns the SQLite database has: ${missing.join(', ')}`);
}

/** Rows per INSERT: PostgreSQL takes at most 65,535 parameters in one statement; large media go a few at a time. */
const BATCH_PARAMETERS = 30_000;
const BATCH_BYTES = 8 * 1024 * 1024;

async function copyTable(db: Database.Database, client: pg.ClientBase, plan: TablePlan, onProgress: (p: CopyProgress) => void) {
  const total = (db.prepare(`SELECT count(*) FROM ${quote(plan.table)}`).pluck().get() as number) ?? 0;
  const maxRows = Math.max(1, Math.floor(BATCH_PARAMETERS / plan.columns.length));
  const insert = `INSERT INTO ${quote(plan.table)} (${plan.columns.map(quote).join(', ')}) VALUES `;
  let batch: unknown[][] = [];
  let bytes = 0;
  let copied = 0;
  const flush = async () => {
    if (!batch.length) return;
    const params: unknown[] = [];
    const tuples = batch.map((row) => `(${row.map((v) => `$${params.push(v)}`).join(', ')})`);
    await client.query(insert + tuples.join(', '), params);
    copied += batch.length;
    batch = [];
    bytes = 0;
    onProgress({ table: plan.table, copied, total });
  };
  onProgress({ table: plan.table, copied: 0, total });
  // rowid order: the order the pilot wrote them in (and sequence order for the change log).
  for (const row of db.prepare(`SELECT ${plan.columns.map(quote).join(', ')} FROM ${quote(plan.table)} ORDER BY rowid`).raw().iterate()) {
    const values = row as unknown[];
    batch.push(values);
    bytes += values.reduce<number>((n, v) => n + (typeof v === 'string' ? v.length : Buffer.isBuffer(v) ? v.length : 8), 0);
    if (batch.length >= maxRows || bytes >= BATCH_BYTES) await flush();
  }
  await flush();
}

/** Every sequence (change log, audit trail) continues after the pilot's last number, never reusing one. */
async function continueSequences(db: Database.Database, client: pg.ClientBase): Promise<{ table: string; column: string; next: number }[]> {
  const { rows } = await client.query<{ table_name: string; column_name: string; sequence: string }>(
    `SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) AS sequence
       FROM information_schema.columns WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
  );
  const hasSqliteSequence = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get() !== undefined;
  const continued: { table: string; column: string; next: number }[] = [];
  for (const r of rows) {
    // SQLite's AUTOINCREMENT remembers numbers of deleted rows too: continue after whichever is higher.
    const remembered = hasSqliteSequence ? Number(db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').pluck().get(r.table_name) ?? 0) : 0;
    const { rows: max } = await client.query<{ n: bigint | null }>(`SELECT max(${quote(r.column_name)}) AS n FROM ${quote(r.table_name)}`);
    const last = Math.max(remembered, Number(max[0]!.n ?? 0));
    if (last > 0) await client.query('SELECT setval($1, $2, true)', [r.sequence, last]);
    continued.push({ table: r.table_name, column: r.column_name, next: last + 1 });
  }
  return continued;
}

export interface CopyResult {
  checks: TableCheck[];
  sequences: { table: string; column: string; next: number }[];
  databaseId: string;
  ok: boolean;
}

export interface CopyOptions {
  /** The pilot's SQLite file (it may be in use by a running hub: the copy reads a snapshot). */
  sqliteFile: string;
  postgresUrl: string;
  onProgress?: (p: CopyProgress) => void;
}

/** A consistent snapshot of the pilot's file, brought to this version's schema: what is copied and checked against. */
async function withSnapshot<T>(sqliteFile: string, work: (db: Database.Database) => Promise<T>): Promise<T> {
  if (!existsSync(sqliteFile)) throw new CopyError(`No hub database at ${sqliteFile}: --data-dir must be the pilot's data folder (the one holding hub.db)`);
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-copy-'));
  try {
    const file = join(dir, 'snapshot.db');
    try {
      await backupDatabase(sqliteFile, file);
    } catch (err) {
      throw new CopyError(`Cannot read the SQLite database ${sqliteFile}: ${(err as Error).message}`);
    }
    const db = new Database(file);
    try {
      migrateSqlite(db, HUB_MIGRATIONS);
      return await work(db);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** BIGINT read exactly, as a number is from SQLite, so both sides print it the same. */
const exactTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? BigInt : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, types: exactTypes });
  try {
    await client.connect();
  } catch (err) {
    throw new CopyError(`Cannot connect to PostgreSQL at ${redacted(url)}: ${(err as Error).message}`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The URL without its password, for messages. */
export function redacted(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(an unreadable URL)';
  }
}

export async function copyToPostgres({ sqliteFile, postgresUrl, onProgress = () => {} }: CopyOptions): Promise<CopyResult> {
  return withSnapshot(sqliteFile, (db) =>
    withPostgres(postgresUrl, async (client) => {
      const filled = await rowsAlready(client);
      if (filled.length) {
        throw new CopyError(
          `Not copied: the PostgreSQL database ${redacted(postgresUrl)} is not empty: ${filled.join(', ')}. copy-to-postgres only fills an empty database, so nothing there is overwritten: create a new one (createdb) and copy into that.`,
        );
      }
      await migratePostgres(client, HUB_MIGRATIONS_POSTGRES);
      const here = db.prepare('SELECT name FROM migrations ORDER BY name').pluck().all() as string[];
      const there = (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY name')).rows.map((r) => r.name);
      if (here.join() !== there.join()) {
        throw new CopyError(`The two schemas differ: SQLite has migrations ${here.filter((n) => !there.includes(n)).join(', ') || '(none more)'}, PostgreSQL ${there.filter((n) => !here.includes(n)).join(', ') || '(none more)'}`);
      }
      const plans = dependencyOrder(db);
      await checkColumns(client, plans);
      await client.query('BEGIN');
      let sequences: CopyResult['sequences'];
      try {
        for (const table of REPLACED_TABLES) await client.query(`DELETE FROM ${quote(table)}`);
        for (const plan of plans) await copyTable(db, client, plan, onProgress);
        sequences = await continueSequences(db, client);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
      const checks = await verify(db, client, plans);
      const databaseId = String(db.prepare("SELECT value FROM meta WHERE key = 'database_id'").pluck().get());
      return { checks, sequences, databaseId, ok: checks.every((c) => c.ok) };
    }),
  );
}

/** Checks an earlier copy again (e.g. after something else touched the PostgreSQL database). */
export async function verifyPostgresCopy(sqliteFile: string, postgresUrl: string): Promise<TableCheck[]> {
  return withSnapshot(sqliteFile, (db) => withPostgres(postgresUrl, (client) => verify(db, client, dependencyOrder(db))));
}

/** The verification as a table for the terminal. */
export function checksTable(checks: readonly TableCheck[]): string {
  const header = ['table', 'rows SQLite', 'rows PostgreSQL', 'checksum SQLite', 'checksum PostgreSQL', ''];
  const lines = checks.map((c) => [c.table, c.sqliteRows.toLocaleString('en'), c.postgresRows.toLocaleString('en'), c.sqliteChecksum, c.postgresChecksum, c.ok ? 'ok' : 'DIFFERENT']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i >= 1 && i <= 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [format(header), ...lines.map(format)].join('\n');
}

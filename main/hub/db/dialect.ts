import { sql, type KyselyPlugin, type RawBuilder } from 'kysely';
import type { Db, Engine } from './open';

/**
 * The few questions SQLite and PostgreSQL ask in different words, in one place. Everything else
 * the hub asks is plain SQL both engines understand. JSON columns are text on both engines.
 */

const engines = new WeakMap<Db, Engine>();

/** Records which engine a database handle (or a transaction inside one) talks to. */
export function registerEngine(db: Db, engine: Engine): void {
  engines.set(db, engine);
}

export function engineOf(db: Db): Engine {
  const engine = engines.get(db);
  if (!engine) throw new Error('A query ran on a database handle the hub did not open (use transaction() from db/open)');
  return engine;
}

/**
 * better-sqlite3 answers at once, so a whole write transaction would otherwise run as one block
 * of the event loop (3–4 ms for an item save). Letting the loop go on after each statement lets
 * feed reads (on their own read connection, or from memory) be answered between the statements.
 */
const yieldBetweenStatements: KyselyPlugin = {
  transformQuery: ({ node }) => node,
  transformResult: ({ result }) => new Promise((resolve) => setImmediate(resolve, result)),
};

/** Runs `work` in one transaction on either engine. */
export function transaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  const engine = engineOf(db);
  return db.transaction().execute((trx) => {
    const inside = engine === 'sqlite' ? trx.withPlugin(yieldBetweenStatements) : trx;
    registerEngine(inside, engine);
    return work(inside);
  });
}

/** `column` is one of `values`: one bound parameter however many values (a JSON array on SQLite, an array on PostgreSQL). */
export function anyOf(db: Db, column: string, values: readonly string[]): RawBuilder<boolean> {
  return engineOf(db) === 'postgres'
    ? sql<boolean>`${sql.ref(column)} = ANY(${[...values]}::text[])`
    : sql<boolean>`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;
}

/** A top-level field of a JSON text column, as text. */
export function jsonField(db: Db, column: string, key: string): RawBuilder<string | null> {
  return engineOf(db) === 'postgres'
    ? sql<string | null>`(${sql.ref(column)}::jsonb ->> ${key})`
    : sql<string | null>`json_extract(${sql.ref(column)}, ${`$.${key}`})`;
}

/** Whether a JSON text column has a top-level field `key` (of any value). */
export function jsonHas(db: Db, column: string, key: string): RawBuilder<boolean> {
  return engineOf(db) === 'postgres'
    ? sql<boolean>`((${sql.ref(column)}::jsonb -> ${key}) IS NOT NULL)`
    : sql<boolean>`(json_type(${sql.ref(column)}, ${`$.${key}`}) IS NOT NULL)`;
}

/**
 * Whether the JSON array in `column` (or in its field `path`) holds an object whose `key` is
 * `value`: an item's images naming a media id, an audit line's actions naming a kind.
 */
export function jsonArrayHas(db: Db, column: string, path: string | null, key: string, value: string): RawBuilder<boolean> {
  if (engineOf(db) === 'postgres') {
    const array = path === null ? sql`${sql.ref(column)}::jsonb` : sql`(${sql.ref(column)}::jsonb -> ${path})`;
    return sql<boolean>`(${array} @> jsonb_build_array(jsonb_build_object(${key}::text, ${value}::text)))`;
  }
  const each = path === null ? sql`json_each(${sql.ref(column)})` : sql`json_each(${sql.ref(column)}, ${`$.${path}`})`;
  return sql<boolean>`EXISTS (SELECT 1 FROM ${each} WHERE json_extract(value, ${`$.${key}`}) = ${value})`;
}

/** A write refused because a unique key is taken (an e-mail address, a mutation id). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

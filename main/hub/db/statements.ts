import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

const perDb = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement kept per database: for queries on every request (who is calling), where
 * preparing the SQL again would cost more than running it.
 */
export function statement(db: Db, sql: string): Statement {
  let statements = perDb.get(db);
  if (!statements) perDb.set(db, (statements = new Map()));
  let prepared = statements.get(sql);
  if (!prepared) statements.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}

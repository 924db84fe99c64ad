import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MigrationError } from './migrate';
import { HUB_MIGRATIONS } from './migrations';

const one = { name: '1000_first', sql: 'CREATE TABLE a (x INTEGER);' };
const two = { name: '2000_second', sql: 'CREATE TABLE b (y INTEGER);' };

describe('migrate', () => {
  it('applies pending migrations once, in order', () => {
    const db = new Database(':memory:');
    expect(migrate(db, [one])).toEqual(['1000_first']);
    expect(migrate(db, [one, two])).toEqual(['2000_second']);
    expect(migrate(db, [one, two])).toEqual([]);
  });

  it('refuses a database written by a newer version', () => {
    const db = new Database(':memory:');
    migrate(db, [one, two]);
    expect(() => migrate(db, [one])).toThrow(/does not know: 2000_second/);
  });

  it('refuses migrations listed out of order', () => {
    expect(() => migrate(new Database(':memory:'), [two, one])).toThrow(MigrationError);
  });

  it('rolls back a failing migration and records nothing', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [one, { name: '2000_broken', sql: 'CREATE TABLE c (z); SELECT * FROM nowhere;' }])).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'c'").get()).toBeUndefined();
    expect(db.prepare('SELECT name FROM migrations').all()).toEqual([{ name: '1000_first' }]);
  });

  it('builds the hub schema on an empty database', () => {
    const db = new Database(':memory:');
    migrate(db, HUB_MIGRATIONS);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['tenants', 'items', 'translations', 'change_log', 'kiosks', 'audit_log']));
  });
});

import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

const cache = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement for this connection, prepared once: domain code calls this where it would call
 * `db.prepare`, so the same SQL text is not compiled again on every call.
 */
export function sql(db: Db, text: string): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(text);
  if (!statement) {
    statement = db.prepare(text);
    statements.set(text, statement);
  }
  return statement;
}

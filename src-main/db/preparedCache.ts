import type BetterSqlite3 from 'better-sqlite3';

const statementCache = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/**
 * A statement prepared once per database and reused: preparing costs more than running a small statement, and
 * bulk paths (an import saving 10k rows, a recheck of every subject) run the same few thousands of times.
 * Bounded, for callers that build SQL from filters.
 */
export function prepared(sqlite: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = statementCache.get(sqlite);
  if (!cache) statementCache.set(sqlite, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = sqlite.prepare(sql);
    if (cache.size > 500) cache.clear();
    cache.set(sql, stmt);
  }
  return stmt;
}

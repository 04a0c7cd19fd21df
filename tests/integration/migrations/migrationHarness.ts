import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type Migration } from 'kysely';
import { migrations } from '../../../migrations';
import { migrateToLatest } from '../../../src-main/db/migrate';

/** A bare database migrated the way the app migrates, optionally with extra migrations after the real ones. */
export function bareDatabase(file = ':memory:') {
  const sqlite = new BetterSqlite3(file);
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  const migrateUpTo = (last: string, extra: Record<string, Migration> = {}) => {
    const all = { ...migrations, ...extra };
    const chosen = Object.fromEntries(Object.entries(all).filter(([name]) => name <= last));
    return migrateToLatest(sqlite, db, chosen);
  };
  return { sqlite, db, migrateUpTo };
}

export const columnsOf = (sqlite: BetterSqlite3.Database, table: string): string[] =>
  (sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((r) => r.name);

export const tablesOf = (sqlite: BetterSqlite3.Database): string[] =>
  (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);

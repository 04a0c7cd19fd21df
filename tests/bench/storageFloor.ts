import { join } from 'node:path';
import type { WaibanApp } from '../../src-main/app/openApp';
import { insertStatement, medianOfRuns, timedOnFreshFile, type TableRows } from './rawBaseline';

/**
 * The storage floor of a write: the rows it added to each table, inserted again the plainest way into the app's own
 * schema for those tables (their UNIQUE constraints, indexes and search indexes, which the app's queries need), in one
 * transaction on a fresh file, each search index filled in one statement. Whatever the app does beyond storing those
 * bytes (checking, parsing, deciding) is its overhead over this floor; the floor over R_insert is what the schema costs.
 */
function storageFloorOnce(app: WaibanApp, file: string, added: Map<string, TableRows>): number {
  const tables = [...added.keys()];
  const schema = app.ctx.sqlite
    .prepare(
      `SELECT "sql" FROM sqlite_master WHERE "tbl_name" IN (SELECT "value" FROM json_each(?)) AND "sql" IS NOT NULL ORDER BY "type" = 'index'`,
    )
    .pluck()
    .all(JSON.stringify([...tables, ...tables.map((t) => `${t}_fts`)])) as string[];
  return timedOnFreshFile(file, (db) => {
    for (const statement of schema) db.exec(statement);
    const inserts = [...added].map(([table, { columns, rows }]) => ({ rows, insert: insertStatement(db, table, columns) }));
    const fills = tables
      .filter((t) => db.prepare('SELECT 1 FROM sqlite_master WHERE "name" = ?').get(`${t}_fts`))
      .map((t) => db.prepare(`INSERT INTO "${t}_fts" (rowid, "searchText") SELECT rowid, "searchText" FROM "${t}"`));
    return () => {
      for (const { rows, insert } of inserts) for (const row of rows) insert.run(row);
      for (const fill of fills) fill.run();
    };
  });
}

/** Median of three storage-floor runs, each on a fresh file. */
export const storageFloor = (app: WaibanApp, dir: string, added: Map<string, TableRows>, runs = 3): number =>
  medianOfRuns('storage floor', runs, (i) => storageFloorOnce(app, join(dir, `floor-${i}.sqlite`), added));

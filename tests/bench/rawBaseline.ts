import BetterSqlite3 from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { WaibanApp } from '../../src-main/services/app';
import { figure, type Figure } from './figures';
import { sampleRss } from './memory';
import { note, step } from './progress';
import { median } from './timing';

/**
 * R_insert, the floor every bulk-write ratio divides by: the rows a register table holds after the app
 * wrote them, inserted again the plainest way SQLite allows.
 */

export interface Column {
  name: string;
  type: string;
}

/** A register table's rows exactly as the app stored them (meta columns included), as positional arrays. */
export const storedRows = (app: WaibanApp, table: string): { columns: Column[]; rows: unknown[][] } => rowsAfter(app, table, 0);

/**
 * One raw run: a plain table with the register table's columns and declared types (no UNIQUE, no indexes,
 * no FTS, no change log), one prepared statement, one transaction, WAL and synchronous=FULL like the app.
 * Timed from the first insert to the end of COMMIT; table creation and statement preparation are outside.
 * Each run uses a fresh file.
 */
function rawInsertOnce(file: string, table: string, columns: Column[], rows: unknown[][]): number {
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(`CREATE TABLE "${table}" (${columns.map((c) => `"${c.name}" ${c.type}`).join(', ')})`);
    const insert = db.prepare(`INSERT INTO "${table}" VALUES (${columns.map(() => '?').join(', ')})`);
    const insertAll = db.transaction((all: unknown[][]) => {
      for (const row of all) insert.run(row);
    });
    const t0 = performance.now();
    insertAll(rows);
    return performance.now() - t0;
  } finally {
    db.close();
    // Each run leaves tens or hundreds of MB; the next run must not share a disk cache advantage or fill /tmp.
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
}

/**
 * Median of five raw runs: the baseline every ratio divides by, so it is the figure that must not be noisy
 * (single runs vary by +-20% here, mostly in the commit's fsync).
 */
export function rawInsert(dir: string, table: string, columns: Column[], rows: unknown[][], runs = 5): number {
  const times = Array.from({ length: runs }, (_, i) => rawInsertOnce(join(dir, `raw-${table}-${i}.sqlite`), table, columns, rows));
  note(`  raw ${table} runs: ${times.map((t) => Math.round(t)).join(', ')} ms`);
  return median(times);
}

/**
 * A register's bulk write against its floor: R_insert of the rows the app stored, the app's createMany time
 * for them, and the ratio (target 2x), under the names given.
 */
export async function bulkWriteFigures(app: WaibanApp, table: string, appMs: number, scratchDir: string, names: [raw: string, app: string, ratio: string]): Promise<Figure[]> {
  const raw = await step(`raw better-sqlite3 insert of the same ${table} rows (5 runs)`, () => {
    const { columns, rows } = storedRows(app, table);
    sampleRss();
    return rawInsert(scratchDir, table, columns, rows);
  });
  return [figure(names[0], raw, 'ms'), figure(names[1], appMs, 'ms'), figure(names[2], appMs / raw, 'ratio', 2)];
}

/** Rows of a table added after a rowid, as positional arrays: what one write put there. */
export function rowsAfter(app: WaibanApp, table: string, afterRowid: number): { columns: Column[]; rows: unknown[][] } {
  const columns = app.ctx.sqlite.prepare(`PRAGMA table_info("${table}")`).all() as Column[];
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const rows = app.ctx.sqlite.prepare(`SELECT ${names} FROM "${table}" WHERE rowid > ? ORDER BY rowid`).raw().all(afterRowid) as unknown[][];
  return { columns, rows };
}

export const lastRowid = (app: WaibanApp, table: string): number => app.ctx.sqlite.prepare(`SELECT coalesce(max(rowid), 0) FROM "${table}"`).pluck().get() as number;

/**
 * The storage floor of a write: the rows it added to each table, inserted again the plainest way into the app's own
 * schema for those tables (their UNIQUE constraints, indexes and search indexes, which the app's queries need), in one
 * transaction on a fresh file, the search index filled in one statement. Whatever the app does beyond storing those
 * bytes (checking, parsing, deciding) is its overhead over this floor; the floor itself is what the schema costs.
 */
function storageFloorOnce(app: WaibanApp, file: string, added: Map<string, { columns: Column[]; rows: unknown[][] }>): number {
  const tables = [...added.keys()];
  const searchIndexes = tables.map((t) => `${t}_fts`);
  const schema = app.ctx.sqlite
    .prepare(`SELECT "sql" FROM sqlite_master WHERE "tbl_name" IN (SELECT "value" FROM json_each(?)) AND "sql" IS NOT NULL ORDER BY "type" = 'index'`)
    .pluck()
    .all(JSON.stringify([...tables, ...searchIndexes])) as string[];
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    for (const statement of schema) db.exec(statement);
    const inserts = [...added].map(([table, { columns, rows }]) => ({ rows, insert: db.prepare(`INSERT INTO "${table}" VALUES (${columns.map(() => '?').join(', ')})`) }));
    const filled = tables
      .filter((t) => db.prepare('SELECT 1 FROM sqlite_master WHERE "name" = ?').get(`${t}_fts`))
      .map((t) => db.prepare(`INSERT INTO "${t}_fts" (rowid, "searchText") SELECT rowid, "searchText" FROM "${t}"`));
    const t0 = performance.now();
    db.transaction(() => {
      for (const { rows, insert } of inserts) for (const row of rows) insert.run(row);
      for (const fill of filled) fill.run();
    })();
    return performance.now() - t0;
  } finally {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
}

/** Median of three storage-floor runs, each on a fresh file. */
export function storageFloor(app: WaibanApp, dir: string, added: Map<string, { columns: Column[]; rows: unknown[][] }>, runs = 3): number {
  const times = Array.from({ length: runs }, (_, i) => storageFloorOnce(app, join(dir, `floor-${i}.sqlite`), added));
  note(`  storage floor runs: ${times.map((t) => Math.round(t)).join(', ')} ms`);
  return median(times);
}

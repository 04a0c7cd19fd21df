import BetterSqlite3 from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { WaibanApp } from '../../src-main/app/openApp';
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

/** A table's rows as positional arrays, with the columns they fill. */
export interface TableRows {
  columns: Column[];
  rows: unknown[][];
}

/** Rows of a table added after a rowid, exactly as the app stored them (meta columns included): what one write put there. */
export function rowsAfter(app: WaibanApp, table: string, afterRowid: number): TableRows {
  const columns = app.ctx.sqlite.prepare(`PRAGMA table_info("${table}")`).all() as Column[];
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const rows = app.ctx.sqlite
    .prepare(`SELECT ${names} FROM "${table}" WHERE rowid > ? ORDER BY rowid`)
    .raw()
    .all(afterRowid) as unknown[][];
  return { columns, rows };
}

/** A register table's rows exactly as the app stored them. */
export const storedRows = (app: WaibanApp, table: string): TableRows => rowsAfter(app, table, 0);

export const lastRowid = (app: WaibanApp, table: string): number =>
  app.ctx.sqlite.prepare(`SELECT coalesce(max(rowid), 0) FROM "${table}"`).pluck().get() as number;

export const insertStatement = (db: BetterSqlite3.Database, table: string, columns: Column[]): BetterSqlite3.Statement =>
  db.prepare(`INSERT INTO "${table}" VALUES (${columns.map(() => '?').join(', ')})`);

/**
 * One timed run on a fresh file, WAL and synchronous=FULL like the app: `prepare` creates the tables and statements
 * (not timed) and returns the writes, which are timed in one transaction to the end of COMMIT.
 */
export function timedOnFreshFile(file: string, prepare: (db: BetterSqlite3.Database) => () => void): number {
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    const writes = prepare(db);
    const t0 = performance.now();
    db.transaction(writes)();
    return performance.now() - t0;
  } finally {
    db.close();
    // Each run leaves tens or hundreds of MB; the next run must not share a disk cache advantage or fill /tmp.
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
}

/** The median of `runs` runs, each printed. */
export function medianOfRuns(what: string, runs: number, run: (i: number) => number): number {
  const times = Array.from({ length: runs }, (_, i) => run(i));
  note(`  ${what} runs: ${times.map((t) => Math.round(t)).join(', ')} ms`);
  return median(times);
}

/**
 * One raw run: a plain table with the register table's columns and declared types (no UNIQUE, no indexes,
 * no FTS, no change log), one prepared statement, one transaction.
 */
const rawInsertOnce = (file: string, table: string, columns: Column[], rows: unknown[][]): number =>
  timedOnFreshFile(file, (db) => {
    db.exec(`CREATE TABLE "${table}" (${columns.map((c) => `"${c.name}" ${c.type}`).join(', ')})`);
    const insert = insertStatement(db, table, columns);
    return () => {
      for (const row of rows) insert.run(row);
    };
  });

/**
 * Median of five raw runs: the baseline every ratio divides by, so it is the figure that must not be noisy
 * (single runs vary by +-20% here, mostly in the commit's fsync).
 */
export const rawInsert = (dir: string, table: string, columns: Column[], rows: unknown[][], runs = 5): number =>
  medianOfRuns(`raw ${table}`, runs, (i) => rawInsertOnce(join(dir, `raw-${table}-${i}.sqlite`), table, columns, rows));

/**
 * A register's bulk write against its floor: R_insert of the rows the app stored, the app's createMany time
 * for them, and the ratio (target 2x), under the names given.
 */
export async function bulkWriteFigures(
  app: WaibanApp,
  table: string,
  appMs: number,
  scratchDir: string,
  names: [raw: string, app: string, ratio: string],
): Promise<Figure[]> {
  const raw = await step(`raw better-sqlite3 insert of the same ${table} rows (5 runs)`, () => {
    const { columns, rows } = storedRows(app, table);
    sampleRss();
    return rawInsert(scratchDir, table, columns, rows);
  });
  return [figure(names[0], raw, 'ms'), figure(names[1], appMs, 'ms'), figure(names[2], appMs / raw, 'ratio', 2)];
}

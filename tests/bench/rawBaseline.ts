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
export function storedRows(app: WaibanApp, table: string): { columns: Column[]; rows: unknown[][] } {
  const columns = app.ctx.sqlite.prepare(`PRAGMA table_info("${table}")`).all() as Column[];
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const rows = app.ctx.sqlite.prepare(`SELECT ${names} FROM "${table}" ORDER BY rowid`).raw().all() as unknown[][];
  return { columns, rows };
}

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

import BetterSqlite3 from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Writes garbage over `pages` leaf pages of a table's b-tree, as a failing disk or a copy cut short leaves them: the
 * pages are found with SQLite's dbstat table after a checkpoint has put every page in the main file. Returns the
 * page numbers damaged. The file must not be open elsewhere.
 */
export function damageTable(file: string, table: string, pages = 1, from = 0): number[] {
  const db = new BetterSqlite3(file);
  let found: number[];
  let pageSize: number;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    pageSize = db.pragma('page_size', { simple: true }) as number;
    found = db
      .prepare(`SELECT "pageno" FROM dbstat WHERE "name" = ? AND "pagetype" = 'leaf' ORDER BY "pageno"`)
      .pluck()
      .all(table) as number[];
  } finally {
    db.close();
  }
  const chosen = found.slice(from, from + pages);
  if (chosen.length < pages) throw new Error(`${table} has ${found.length} leaf pages, fewer than ${from + pages}`);
  const fd = openSync(file, 'r+');
  try {
    const garbage = Buffer.alloc(pageSize, 0xa5);
    for (const page of chosen) writeSync(fd, garbage, 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
  return chosen;
}

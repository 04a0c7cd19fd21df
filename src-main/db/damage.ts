import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../contract';

/**
 * SQLite's words for a write refused on a connection opened read-only (a damaged database is opened so) and for a
 * page it could not read.
 */
export const isDamage = (err: unknown): boolean =>
  err instanceof Error && 'code' in err && /^SQLITE_(READONLY|CORRUPT|NOTADB)/.test(String((err as { code: unknown }).code));

/** A write refused because the database's pages failed SQLite's check: it is open for reading only. */
export const damagedError = (): AppError =>
  new AppError('DB_DAMAGED', {
    zh: '数据库文件已损坏（SQLite 完整性检查未通过），为免损坏扩大，现只读：可以查看和导出，不能保存任何改动。请先另存一份副本，再从变更日志重建（窗口顶部的提示，或 waiban repair rebuild）。',
    en: "The database file is damaged (it fails SQLite's integrity check). To keep the damage from spreading it is open for reading only: you can view and export, but nothing can be saved. Save a copy, then rebuild it from the change log (the notice at the top of the window, or `waiban repair rebuild`).",
  });

/** Refuses a write before it starts when the database is open read-only because it is damaged. */
export function assertWritable(sqlite: BetterSqlite3.Database): void {
  if (sqlite.readonly) throw damagedError();
}

/** The first lines of SQLite's report, as many as a person reads: a badly damaged file lists thousands. */
const reportLines = 20;

/**
 * Runs SQLite's page check: `quick_check` (every page, index against table skipped) or the full `integrity_check`.
 * Returns its report, empty when the file is sound. A file too damaged to start the check reports that error.
 */
export function checkPages(sqlite: BetterSqlite3.Database, full: boolean): string[] {
  try {
    const rows = sqlite
      .prepare(`PRAGMA ${full ? 'integrity_check' : 'quick_check'}(${reportLines})`)
      .pluck()
      .all() as string[];
    return rows.length === 1 && rows[0] === 'ok' ? [] : rows;
  } catch (err) {
    return [err instanceof Error ? err.message : String(err)];
  }
}

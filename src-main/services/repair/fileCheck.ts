import BetterSqlite3 from 'better-sqlite3';
import { checkPages } from '../../db/damage';
import type { PageCheck } from '../../db/openDatabase';
import { readBackupSettings, backupFolderOf } from '../backup/backupSettings';
import { defaultBackupFolder } from '../backup/backupFolder';
import { databaseFile } from '../dataDir';

/**
 * SQLite's full check of a data folder's database, read-only and without opening the app: a damaged database whose
 * migrations are behind cannot be opened, and must still be checked and rebuilt.
 */
export function checkDatabaseFile(dataDir: string, nativeBinding?: string): PageCheck {
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(databaseFile(dataDir), { readonly: true, fileMustExist: true, nativeBinding });
  } catch (err) {
    return { damaged: true, full: true, report: [err instanceof Error ? err.message : String(err)] };
  }
  try {
    const report = checkPages(sqlite, true);
    return { damaged: report.length > 0, full: true, report };
  } finally {
    sqlite.close();
  }
}

/** The backup folder the damaged database's settings name, if they can still be read; the default one otherwise. */
export function backupFolderOfDamaged(dataDir: string, nativeBinding?: string): string {
  try {
    const sqlite = new BetterSqlite3(databaseFile(dataDir), { readonly: true, fileMustExist: true, nativeBinding });
    try {
      return backupFolderOf(dataDir, readBackupSettings(sqlite));
    } finally {
      sqlite.close();
    }
  } catch {
    return defaultBackupFolder(dataDir);
  }
}

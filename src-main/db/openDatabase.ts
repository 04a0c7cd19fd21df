import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../contract';
import { isBusy, lockedError, shortLockWaitMs } from './busy';
import { checkPages, isDamage } from './damage';
import { knownMigrations, migrateToLatest } from './migrate';
import type { Database } from './schema';

/** PRAGMA application_id marking a Waiban database ("WBAN"). */
export const applicationId = 0x5742414e;

/** What SQLite's page check found on open. */
export interface PageCheck {
  /** The check failed: the connection is read-only and nothing is written to the file. */
  damaged: boolean;
  /** integrity_check (after an unclean stop) rather than quick_check. */
  full: boolean;
  /** The first lines of SQLite's report; empty when sound. */
  report: string[];
}

export interface OpenedDatabase {
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  check: PageCheck;
  close(): void;
}

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

const notWaiban = (file: string) =>
  new AppError('DB_NOT_WAIBAN', {
    zh: `${file} 不是外办台账数据库，未做任何改动。请检查数据文件夹。`,
    en: `${file} is not a Waiban database; it was left untouched. Check the data folder.`,
  });

/**
 * Looks at an existing file read-only before anything writes to it, so a foreign file or a database from a
 * newer version of the app is refused untouched.
 */
function inspectExisting(file: string, options: OpenOptions): void {
  if (!existsSync(file)) return;
  if (statSync(file).size === 0) {
    if (options.fresh) return;
    throw new AppError('DB_DAMAGED', {
      zh: `数据库文件 ${file} 是空的（0 字节），可能在写入时被中断或被其他程序清空；未做任何改动。请在“备份与恢复”中（或用 waiban backup restore）恢复最近的备份；确认不需要其中数据时，删除该文件后重新初始化。`,
      en: `The database file ${file} is empty (0 bytes): a write may have been cut off or another program emptied it. Nothing was changed. Restore the latest backup (Backup & restore, or \`waiban backup restore\`); only if its data is not needed, delete the file and initialise again.`,
    });
  }
  const { nativeBinding } = options;
  if (!readHeader(file).equals(sqliteHeader)) throw notWaiban(file);
  const probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const tableCount = (probe.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
    if (appId !== applicationId && tableCount > 0) throw notWaiban(file);
    const hasLedger = probe.prepare("SELECT 1 FROM sqlite_master WHERE name = 'kysely_migration'").get();
    if (!hasLedger) return;
    const applied = (probe.prepare('SELECT name FROM kysely_migration').all() as { name: string }[]).map((r) => r.name);
    const unknown = applied.filter((name) => !knownMigrations.includes(name));
    if (unknown.length > 0) {
      throw new AppError('DB_NEWER_VERSION', {
        zh: `该数据库由更新版本的外办台账写入（${unknown.join('、')}），请升级本软件后再打开；数据库未做任何改动。`,
        en: `This database was written by a newer version of Waiban (${unknown.join(', ')}). Update the app to open it; the database was left untouched.`,
      });
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (isDamage(err) && !/NOTADB/.test(String((err as { code?: unknown }).code))) throw unreadable(file, [(err as Error).message]);
    throw notWaiban(file);
  } finally {
    probe.close();
  }
}

/** Damaged past what can be opened even for reading: its schema, or a migration still to run, needs pages that fail. */
export const unreadable = (file: string, report: string[]): AppError =>
  new AppError('DB_DAMAGED', {
    zh: `数据库文件 ${file} 已损坏，无法打开（${report.slice(0, 3).join('；')}）；未做任何改动。请运行 waiban repair rebuild 从变更日志重建（损坏的文件会保留在旁边），或在“备份与恢复”中恢复最近的备份。`,
    en: `The database file ${file} is damaged and cannot be opened (${report.slice(0, 3).join('; ')}). Nothing was changed. Run \`waiban repair rebuild\` to rebuild it from the change log (the damaged file is kept beside it), or restore the latest backup.`,
  });

export interface OpenOptions {
  nativeBinding?: string;
  /** The caller has just made the file, empty, to be the new database; otherwise an empty file is a damaged one. */
  fresh?: boolean;
  /** How long the open's own writes (migrations, the application id) wait for another process's write. */
  busyTimeoutMs?: number;
  /** Run the full integrity_check rather than quick_check: the last session did not close cleanly. */
  fullCheck?: boolean;
}

/**
 * A database whose pages fail the check is opened read-only: what can still be read is shown and exported, and no
 * write can spread the damage. One with migrations still to run cannot be read by this version and is refused.
 */
async function openDamaged(file: string, options: OpenOptions, check: PageCheck): Promise<OpenedDatabase> {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    const applied = new Set(sqlite.prepare('SELECT name FROM kysely_migration').pluck().all() as string[]);
    if (knownMigrations.some((name) => !applied.has(name))) throw unreadable(file, check.report);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { sqlite, db, check, close: () => sqlite.close() };
  } catch (err) {
    sqlite.close();
    if (err instanceof AppError) throw err;
    throw unreadable(file, [...check.report, err instanceof Error ? err.message : String(err)]);
  }
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  inspectExisting(file, options);
  const sqlite = new BetterSqlite3(file, { nativeBinding: options.nativeBinding });
  try {
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? shortLockWaitMs}`);
    // Before anything writes: a migration or a save on damaged pages can spread the damage over sound ones.
    const full = !!options.fullCheck;
    const report = options.fresh ? [] : checkPages(sqlite, full);
    if (report.length > 0) {
      sqlite.close();
      return openDamaged(file, options, { damaged: true, full, report });
    }
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    // 64 MB of page cache rather than SQLite's 2 MB: a bulk write (an import of thousands of records into a table and
    // its indexes) otherwise spills dirty pages to the WAL before it commits. Taken only as pages are read.
    sqlite.pragma('cache_size = -65536');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrateToLatest(sqlite, db as Kysely<unknown>);
    sqlite.pragma(`application_id = ${applicationId}`);
    sqlite.pragma(`busy_timeout = ${shortLockWaitMs}`);
    return {
      sqlite,
      db,
      check: { damaged: false, full, report: [] },
      close: () => {
        sqlite.close();
      },
    };
  } catch (err) {
    sqlite.close();
    throw isBusy(err) ? lockedError() : err;
  }
}

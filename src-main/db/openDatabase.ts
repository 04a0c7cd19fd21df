import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../contract';
import { isBusy, lockedError, shortLockWaitMs } from './busy';
import { knownMigrations, migrateToLatest } from './migrate';
import type { Database } from './schema';

/** PRAGMA application_id marking a Waiban database ("WBAN"). */
export const applicationId = 0x5742414e;

export interface OpenedDatabase {
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
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
  new AppError(
    'DB_NOT_WAIBAN',
    { zh: `${file} 不是外办台账数据库，未做任何改动。请检查数据文件夹。`, en: `${file} is not a Waiban database; it was left untouched. Check the data folder.` },
  );

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
    throw notWaiban(file);
  } finally {
    probe.close();
  }
}


export interface OpenOptions {
  nativeBinding?: string;
  /** The caller has just made the file, empty, to be the new database; otherwise an empty file is a damaged one. */
  fresh?: boolean;
  /** How long the open's own writes (migrations, the application id) wait for another process's write. */
  busyTimeoutMs?: number;
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  inspectExisting(file, options);
  const sqlite = new BetterSqlite3(file, { nativeBinding: options.nativeBinding });
  try {
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? shortLockWaitMs}`);
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
      close: () => {
        sqlite.close();
      },
    };
  } catch (err) {
    sqlite.close();
    throw isBusy(err) ? lockedError() : err;
  }
}

import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../contract';

export const isBusy = (err: unknown): boolean =>
  err instanceof Error && 'code' in err && /^SQLITE_(BUSY|LOCKED)/.test(String((err as { code: unknown }).code));

/** Another process holds the database (a second window, a CLI command, a backup tool). */
export const lockedError = (): AppError =>
  new AppError('DB_LOCKED', {
    zh: '数据库正被另一个程序使用。请关闭其他外办台账窗口或命令后重试。',
    en: 'The database is in use by another program. Close other Waiban windows or commands and try again.',
  });

/** How long a write waits for another process's write to end before it gives up (openDatabase's busy_timeout). */
export const shortLockWaitMs = 3_000;

/**
 * A caller that can tell its user it is waiting (the CLI beside an app importing a large bundle) waits longer:
 * told once when the short wait runs out, then up to `ms` more.
 */
export interface LockWait {
  ms: number;
  onWait(): void;
}

/** Runs a write; if another process holds the lock past the short wait, says so once and waits up to `wait.ms`. */
export function withLockWait<T>(sqlite: BetterSqlite3.Database, wait: LockWait | undefined, write: () => T): T {
  try {
    return write();
  } catch (err) {
    if (!wait || !isBusy(err) || sqlite.inTransaction) throw err;
    wait.onWait();
    sqlite.pragma(`busy_timeout = ${wait.ms}`);
    try {
      return write();
    } finally {
      sqlite.pragma(`busy_timeout = ${shortLockWaitMs}`);
    }
  }
}

/** Whether another process holds the write lock now: asked without waiting, before an open that writes. */
export function writeLockHeld(file: string, nativeBinding?: string): boolean {
  const probe = new BetterSqlite3(file, { fileMustExist: true, nativeBinding });
  try {
    probe.pragma('busy_timeout = 0');
    probe.exec('BEGIN IMMEDIATE');
    probe.exec('ROLLBACK');
    return false;
  } catch (err) {
    if (isBusy(err)) return true;
    throw err;
  } finally {
    probe.close();
  }
}

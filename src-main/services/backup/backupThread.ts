import { AppError, type AppErrorBody, type WorkProgress } from '../../contract';
import { startWorker } from '../workerThread';
import type { RestoreTask } from './restoreFiles';
import type { BackupTask } from './writeBackup';

/** The file work of a backup, a check or a restore: a database copied, hashed and checked, seconds for a large one. */
export type BackupJob =
  { op: 'write'; task: BackupTask } | { op: 'verify'; file: string; nativeBinding?: string } | { op: 'restore'; task: RestoreTask };

export type FromBackupThread = { progress: WorkProgress } | { result: unknown } | { error: AppErrorBody | { detail: string } };

/**
 * Runs a job on a thread of its own (backupWorker.ts; the Electron build writes it beside main.cjs as
 * backupWorker.cjs), so the thread that answers the window's calls goes on answering, and its writes go on while the
 * database is copied: the copy reads through a connection of its own.
 */
export function onBackupThread<T>(job: BackupJob, onProgress?: (p: WorkProgress) => void): Promise<T> {
  const worker = startWorker(import.meta.url ? new URL('./backupWorker.ts', import.meta.url) : undefined, 'backupWorker.cjs', {
    workerData: job,
  });
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: FromBackupThread) => {
      if ('progress' in message) return onProgress?.(message.progress);
      settled = true;
      if ('result' in message) resolve(message.result as T);
      else
        reject(
          'code' in message.error
            ? new AppError(message.error.code, message.error.message, message.error.issues)
            : new Error(message.error.detail),
        );
    });
    worker.on('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the backup thread exited with code ${code}`));
    });
  });
}

import { parentPort, workerData } from 'node:worker_threads';
import { AppError, type WorkProgress } from '../../contract';
import type { BackupJob, FromBackupThread } from './backupThread';
import { restoreFiles } from './restoreFiles';
import { verifyBackup } from './verifyBackup';
import { writeBackup } from './writeBackup';

/** The backup thread's side of backupThread.ts: one job, its progress, then its result or why it failed. */
const job = workerData as BackupJob;
const post = (message: FromBackupThread) => parentPort!.postMessage(message);
/** A chunk of bytes at a time would be thousands of messages: a report every 50 ms, and the last. */
let reported = 0;
const onProgress = (progress: WorkProgress) => {
  const now = performance.now();
  if (now - reported < 50 && progress.done < progress.total) return;
  reported = now;
  post({ progress });
};

const run = (): Promise<unknown> => {
  if (job.op === 'write') return writeBackup(job.task, onProgress);
  if (job.op === 'verify') return verifyBackup(job.file, { nativeBinding: job.nativeBinding, onProgress });
  return restoreFiles(job.task, onProgress);
};

run().then(
  (result) => post({ result }),
  (err: unknown) =>
    post({ error: err instanceof AppError ? err.toBody() : { detail: err instanceof Error ? (err.stack ?? err.message) : String(err) } }),
);

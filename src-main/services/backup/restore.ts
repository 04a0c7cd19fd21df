import type { RestoreReport, WorkProgress } from '../../contract';
import { appVersion } from '../appVersion';
import type { ServiceContext } from '../context';
import { backupFolder, backupInFolder } from './backups';
import { onBackupThread } from './backupThread';

export interface RestoreOptions {
  dataDir: string;
  /** The backup file to restore. */
  file: string;
  /** Where the backup of the data it replaces goes. */
  folder: string;
  now: number;
  nativeBinding?: string;
}

/**
 * Restores a data folder from a backup on the backup thread (restoreFiles.ts). Whatever has the folder open reads the
 * restored database from then on; the app opens it afresh (backend/worker.ts), the command line has ended.
 */
export async function restoreBackup(o: RestoreOptions, onProgress?: (p: WorkProgress) => void): Promise<RestoreReport> {
  return onBackupThread<RestoreReport>({ op: 'restore', task: { ...o, appVersion } }, onProgress);
}

/** The window's restore: a backup named in the backup folder, over this data folder. */
export const restoreFromFolder = (ctx: ServiceContext, file: string, onProgress?: (p: WorkProgress) => void): Promise<RestoreReport> =>
  restoreBackup(
    {
      dataDir: ctx.dataDir,
      file: backupInFolder(ctx, file),
      folder: backupFolder(ctx),
      now: ctx.clock.now(),
      nativeBinding: ctx.nativeBinding,
    },
    onProgress,
  );

import { join } from 'node:path';
import type { BackupInfo, RestoreReport } from '../../src-main/contract';
import { appVersion } from '../../src-main/services/appVersion';
import { restoreFiles } from '../../src-main/services/backup/restoreFiles';
import { writeBackup } from '../../src-main/services/backup/writeBackup';
import { closeApp, tempApp, tempDir, type TestApp } from './tempApp';

/** A backup of an app's data folder, written in this thread (the app's own backups run on a thread of their own). */
export async function backupOf(
  app: TestApp,
  folder = tempDir(),
  kind: BackupInfo['kind'] = 'manual',
): Promise<BackupInfo & { path: string }> {
  const info = await writeBackup({ dataDir: app.dataDir, folder, kind: kind!, appVersion, now: app.ctx.clock.now() });
  return { ...info, path: join(folder, info.file) };
}

/** Restores a backup into a data folder (a new machine's, or the one it came from), at `now`. */
export const restoreInto = (dataDir: string, file: string, now: number, folder = tempDir()): Promise<RestoreReport> =>
  restoreFiles({ file, dataDir, folder, appVersion, now });

/**
 * The installation in a restored data folder, opened as the app would open it, its clock going on from `now`: the
 * app that had the folder open before (if any) is closed first.
 */
export async function reopenedAt(dataDir: string, now: number, before?: TestApp): Promise<TestApp> {
  if (before) closeApp(before);
  return tempApp('default', dataDir, now);
}

import BetterSqlite3 from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, rmSync } from 'node:fs';
import type { DataHealth, OnProgress, RebuildReport } from '../../contract';
import { checkPages } from '../../db/damage';
import type { PageCheck } from '../../db/openDatabase';
import { createBackup } from '../backup/backups';
import type { ServiceContext } from '../context';
import { databaseFile } from '../dataDir';
import { permissionWarnings } from '../filePermissions';
import { backupFirst, beforeRebuildNote, buildFromDamaged, damagedName } from './rebuild';

export const dataHealth = (dataDir: string, check: PageCheck): DataHealth => ({
  damaged: check.damaged,
  fullCheck: check.full,
  report: check.report,
  permissions: permissionWarnings(dataDir),
});

/** SQLite's full check run now on the open database, with the folder's permissions. */
export function checkNow(ctx: ServiceContext): DataHealth {
  const report = checkPages(ctx.sqlite, true);
  return dataHealth(ctx.dataDir, { damaged: report.length > 0, full: true, report });
}

/**
 * The database file byte for byte, damaged pages and all, to `target`: what a person sends whoever will look at the
 * damage. Pages still in the -wal go into the copy (its own checkpoint), so the copy is one file; it is the user's
 * alone, as the database is.
 */
export function saveDamagedCopy(ctx: ServiceContext, target: string, nativeBinding = ctx.nativeBinding): void {
  const live = databaseFile(ctx.dataDir);
  copyFileSync(live, target);
  chmodSync(target, 0o600);
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  if (!existsSync(`${live}-wal`)) return;
  copyFileSync(`${live}-wal`, `${target}-wal`);
  const copy = new BetterSqlite3(target, { fileMustExist: true, nativeBinding });
  try {
    copy.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    copy.close();
  }
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
}

/**
 * The window's rebuild: a backup of the damaged database first when the backup can read it (it checks what it copies,
 * so a damaged one usually cannot), then the new database built beside it. The app swaps it in and opens it afresh
 * (backend/worker.ts) once its own connection to the damaged file is closed.
 */
export async function rebuildHere(ctx: ServiceContext, progress?: OnProgress): Promise<RebuildReport> {
  const backup = await backupFirst(() => createBackup(ctx, { kind: 'before-restore', note: beforeRebuildNote }, progress));
  const built = await buildFromDamaged({ dataDir: ctx.dataDir, clock: ctx.clock, nativeBinding: ctx.nativeBinding, onProgress: progress });
  return { ...built, backup, keptAs: damagedName(ctx.clock.now()) };
}

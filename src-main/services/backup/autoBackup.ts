import BetterSqlite3 from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { AppError } from '../../contract';
import { knownMigrations } from '../../db/migrate';
import { appVersion } from '../appVersion';
import type { ServiceContext } from '../context';
import { databaseFile } from '../dataDir';
import { defaultBackupFolder } from './backupFolder';
import { backupFolderOf, readBackupSettings, retentionOf } from './backupSettings';
import { backupsIn, createBackup, lastBackup, pruneBackups } from './backups';
import { writeBackup } from './writeBackup';
import { clearFailure, noteFailure } from './backupFailure';

const day = 24 * 60 * 60 * 1000;
/** An automatic backup: a failure is kept for the page to show, never thrown at the work it precedes or follows. */
async function automatic(ctx: ServiceContext, kind: 'daily' | 'before-import'): Promise<void> {
  try {
    await createBackup(ctx, { kind });
    clearFailure(ctx);
  } catch (err) {
    noteFailure(ctx, err);
  }
}

/** At start-up: a backup when this installation's newest one is older than a day (or there is none). */
export async function backupAtStartup(ctx: ServiceContext): Promise<void> {
  const settings = readBackupSettings(ctx.sqlite);
  const last = lastBackup(await backupsIn(backupFolderOf(ctx.dataDir, settings)), ctx.self.id);
  if (last && ctx.clock.now() - Date.parse(last.created!) < day) return;
  await automatic(ctx, 'daily');
}

/**
 * Before an import that brings more new changes than the office set (a bundle's changes not held here yet, a
 * spreadsheet's rows): a backup to go back to if the import was a mistake. Waited for: the import writes after it.
 */
export async function backupBeforeImport(ctx: ServiceContext, changeIds: string[] | number): Promise<void> {
  const threshold = readBackupSettings(ctx.sqlite).importThreshold;
  const count = typeof changeIds === 'number' ? changeIds : changeIds.length;
  if (count <= threshold) return;
  const fresh =
    typeof changeIds === 'number'
      ? count
      : (ctx.sqlite
          .prepare('SELECT count(*) FROM json_each(?) WHERE "value" NOT IN (SELECT "id" FROM "changeLog")')
          .pluck()
          .get(JSON.stringify(changeIds)) as number);
  if (fresh > threshold) await automatic(ctx, 'before-import');
}

/**
 * Before the database is migrated to this version's schema (app/openApp.ts calls it before opening): a backup of
 * it as it is, in the backup folder it names, or beside the data folder when that one cannot be written (a USB disk
 * not plugged in). When neither can be written the database is not migrated: the app refuses to open, saying why.
 */
export async function backupBeforeMigration(dataDir: string, now: number, nativeBinding?: string): Promise<void> {
  const file = databaseFile(dataDir);
  if (!existsSync(file)) return;
  let pending: { folder: string; installation: string; rule: ReturnType<typeof retentionOf> } | undefined;
  try {
    const probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
    try {
      const applied = probe.prepare('SELECT "name" FROM "kysely_migration"').pluck().all() as string[];
      const installation = probe.prepare('SELECT "id" FROM "installation" WHERE "isSelf" = 1').pluck().get() as string | undefined;
      const settings = readBackupSettings(probe);
      const newer = applied.some((m) => !knownMigrations.includes(m));
      if (installation && !newer && knownMigrations.some((m) => !applied.includes(m))) {
        pending = { folder: backupFolderOf(dataDir, settings), installation, rule: retentionOf(settings) };
      }
    } finally {
      probe.close();
    }
  } catch {
    // Not a Waiban database, or one from before backups: opening it refuses it, or creates what is missing.
    return;
  }
  if (!pending) return;
  const task = { dataDir, kind: 'before-migration' as const, appVersion, now, nativeBinding };
  const folders = [...new Set([pending.folder, defaultBackupFolder(dataDir)])];
  let failure: unknown;
  for (const folder of folders) {
    try {
      await writeBackup({ ...task, folder });
      await pruneBackups(folder, pending.installation, pending.rule, now);
      return;
    } catch (err) {
      failure = err;
    }
  }
  const detail =
    failure instanceof AppError ? failure.localized : { zh: String((failure as Error).message), en: String((failure as Error).message) };
  throw new AppError('INTERNAL', {
    zh: `升级数据库之前须先备份，但备份未能写出（${detail.zh}）；数据库未做任何改动。请检查备份文件夹 ${folders.join('、')} 是否可写、磁盘是否已满。`,
    en: `The database is backed up before it is upgraded, and the backup could not be written (${detail.en}); the database was left untouched. Check that the backup folder ${folders.join(' or ')} can be written and the disk is not full.`,
  });
}

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, type BackupInfo, type BackupKind, type BackupStatus, type BackupVerifyReport, type WorkProgress } from '../../contract';
import { retainedBackups, type RetentionRule } from '../../core/backup/retention';
import { readNumberingFloor } from '../../db/numberingFloor';
import { appVersion } from '../appVersion';
import type { ServiceContext } from '../context';
import { backupFilesIn, defaultBackupFolder } from './backupFolder';
import { backupKeyState } from './backupKey';
import { backupFolderOf, readBackupSettings, retentionOf } from './backupSettings';
import { onBackupThread } from './backupThread';
import { describeBackup } from './readBackup';
import { lastBackupFailure } from './backupFailure';

export const backupFolder = (ctx: ServiceContext): string => backupFolderOf(ctx.dataDir, readBackupSettings(ctx.sqlite));

/** Every backup file in a folder, whoever's, newest first; damaged ones with why they cannot be read. */
export async function backupsIn(folder: string): Promise<BackupInfo[]> {
  const all = await Promise.all(backupFilesIn(folder).map((name) => describeBackup(join(folder, name))));
  return all.sort((a, b) => (b.created ?? '').localeCompare(a.created ?? '') || b.file.localeCompare(a.file));
}

const createdMs = (b: BackupInfo) => Date.parse(b.created!);

/**
 * Deletes the automatic backups of one installation the rule does not keep. Backups made by hand, other
 * installations' backups and files that cannot be read are left alone.
 */
export async function pruneBackups(folder: string, installation: string, rule: RetentionRule, now: number): Promise<string[]> {
  const own = (await backupsIn(folder)).filter((b) => b.state === 'complete' && b.installation?.id === installation);
  const dated = own.map((b) => ({ info: b, created: createdMs(b), kind: b.kind! }));
  const kept = retainedBackups(dated, rule, now);
  const dropped = dated.filter((d) => !kept.has(d)).map((d) => d.info.file);
  for (const file of dropped) rmSync(join(folder, file), { force: true });
  return dropped;
}

/** A backup of this data folder, on the backup thread, then the retention rule applied to this installation's. */
export async function createBackup(
  ctx: ServiceContext,
  o: { kind: BackupKind; note?: string },
  onProgress?: (p: WorkProgress) => void,
): Promise<BackupInfo> {
  const settings = readBackupSettings(ctx.sqlite);
  const folder = backupFolderOf(ctx.dataDir, settings);
  const task = {
    dataDir: ctx.dataDir,
    folder,
    kind: o.kind,
    note: o.note,
    appVersion,
    now: ctx.clock.now(),
    nativeBinding: ctx.nativeBinding,
  };
  const info = await onBackupThread<BackupInfo>({ op: 'write', task }, onProgress);
  await pruneBackups(folder, ctx.self.id, retentionOf(settings), task.now);
  return info;
}

/** The backups in the backup folder as the page lists them. */
export const listBackups = (ctx: ServiceContext): Promise<BackupInfo[]> => backupsIn(backupFolder(ctx));

/** This installation's newest complete backup in the folder. */
export const lastBackup = (backups: BackupInfo[], installation: string): BackupInfo | null =>
  backups.find((b) => b.state === 'complete' && b.installation?.id === installation) ?? null;

export async function backupStatus(ctx: ServiceContext): Promise<BackupStatus> {
  const settings = readBackupSettings(ctx.sqlite);
  const folder = backupFolderOf(ctx.dataDir, settings);
  const restored = readNumberingFloor(ctx.sqlite);
  return {
    folder,
    defaultFolder: defaultBackupFolder(ctx.dataDir),
    settings,
    last: lastBackup(await backupsIn(folder), ctx.self.id),
    key: backupKeyState(ctx.dataDir),
    restored: restored?.installation === ctx.self.id ? { at: restored.restoredAt, backupCreated: restored.backupCreated } : null,
    failure: lastBackupFailure(ctx),
  };
}

/** A backup in the backup folder, named by its file name only (the window never names another path). */
export function backupInFolder(ctx: ServiceContext, file: string): string {
  if (!backupFilesIn(backupFolder(ctx)).includes(file)) {
    throw new AppError('NOT_FOUND', { zh: `备份文件夹中没有 ${file}。`, en: `No backup named ${file} in the backup folder.` });
  }
  return join(backupFolder(ctx), file);
}

/** The full check of a backup, on the backup thread. */
export const verifyBackupFile = (ctx: ServiceContext, file: string, onProgress?: (p: WorkProgress) => void): Promise<BackupVerifyReport> =>
  onBackupThread<BackupVerifyReport>({ op: 'verify', file, nativeBinding: ctx.nativeBinding }, onProgress);

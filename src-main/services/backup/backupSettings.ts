import type BetterSqlite3 from 'better-sqlite3';
import { AppError, type BackupSettings } from '../../contract';
import { defaultRetention, type RetentionRule } from '../../core/backup/retention';
import type { ServiceContext } from '../context';
import { defaultBackupFolder } from './backupFolder';

const settingsKey = 'backup';

export const defaultBackupSettings: BackupSettings = {
  folder: null,
  keepDaily: defaultRetention.daily,
  keepWeekly: defaultRetention.weekly,
  keepMonthly: defaultRetention.monthly,
  importThreshold: 1000,
};

/** The office's backup settings, kept in the database (and so in its backups). */
export function readBackupSettings(sqlite: BetterSqlite3.Database): BackupSettings {
  const value = sqlite.prepare('SELECT "value" FROM "meta" WHERE "key" = ?').pluck().get(settingsKey) as string | undefined;
  return { ...defaultBackupSettings, ...(value ? (JSON.parse(value) as Partial<BackupSettings>) : {}) };
}

export const backupFolderOf = (dataDir: string, settings: BackupSettings): string => settings.folder ?? defaultBackupFolder(dataDir);

export const retentionOf = (s: BackupSettings): RetentionRule => ({ daily: s.keepDaily, weekly: s.keepWeekly, monthly: s.keepMonthly });

/** Changes the settings; a folder must be a full path (a relative one would move with the app's working folder). */
export function setBackupSettings(ctx: ServiceContext, patch: Partial<BackupSettings>): BackupSettings {
  const folder = patch.folder?.trim();
  if (folder !== undefined && folder !== '' && !/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(folder)) {
    throw new AppError('VALIDATION', {
      zh: `备份文件夹须写完整路径（如 /media/usb/外办备份 或 E:\\外办备份），“${folder}”不是。`,
      en: `The backup folder must be a full path (such as /media/usb/waiban-backups or E:\\waiban-backups); "${folder}" is not.`,
    });
  }
  const next: BackupSettings = {
    ...readBackupSettings(ctx.sqlite),
    ...patch,
    ...(patch.folder !== undefined ? { folder: folder || null } : {}),
  };
  if (next.keepDaily + next.keepWeekly + next.keepMonthly === 0) {
    throw new AppError('VALIDATION', {
      zh: '保留规则至少要保留一份自动备份。',
      en: 'The retention rule must keep at least one automatic backup.',
    });
  }
  ctx.sqlite
    .prepare('INSERT INTO "meta" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"')
    .run(settingsKey, JSON.stringify(next));
  return next;
}

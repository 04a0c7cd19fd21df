import { z } from 'zod';
import type { Role } from './installation';

/** Why a backup was taken: by hand, or automatically at start-up, before a migration, an import or a restore. */
export const backupKinds = ['manual', 'daily', 'before-migration', 'before-import', 'before-restore'] as const;
export type BackupKind = (typeof backupKinds)[number];

/** One backup file in the backup folder, as the list shows it. */
export interface BackupInfo {
  /** The file's name in the backup folder: how the window names a backup to verify or restore. */
  file: string;
  bytes: number;
  /** `complete`: its manifest reads and lists what a backup holds; `damaged`: it cannot be read (truncated, altered). */
  state: 'complete' | 'damaged';
  /** What is wrong with a damaged file (truncated, a hash that does not match). */
  problem?: { zh: string; en: string };
  created?: string;
  kind?: BackupKind;
  note?: string;
  installation?: { id: string; name: string; role: Role; departments: string[]; fingerprint: string };
  /** Live records per register. */
  records?: Record<string, number>;
  documents?: number;
  /** The private key is inside, encrypted with a passphrase. */
  withKey?: boolean;
  appVersion?: string;
}

export interface BackupSettings {
  /** Where backups go; the default (beside the data folder) when not set. */
  folder: string | null;
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
  /** A bundle or spreadsheet import of more changes than this is preceded by a backup. */
  importThreshold: number;
}

export interface BackupStatus {
  folder: string;
  defaultFolder: string;
  settings: BackupSettings;
  /** The newest complete backup of this installation in the folder. */
  last: BackupInfo | null;
  /** How the private key goes into backups: encrypted by the key's own passphrase, by a backup passphrase, or not at all. */
  key: 'protected' | 'backupPassphrase' | 'none';
  /** Set after this installation was restored from a backup. */
  restored: { at: string; backupCreated: string } | null;
  /** The last automatic backup that failed, until one succeeds. */
  failure: { at: string; zh: string; en: string } | null;
}

/** What a full check of a backup found: every entry against its hash, the database's integrity. */
export interface BackupVerifyReport {
  backup: BackupInfo;
  database: { integrity: 'ok'; migrations: number; newerVersion: boolean };
  documents: number;
}

export interface RestoreReport {
  restored: BackupInfo;
  /** The backup of the data it replaced, taken first (none when the data folder held no database). */
  keptAs: string | null;
  /** The restored installation is another one than was here: its key file was put beside the old one. */
  installationChanged: boolean;
  /** The private key came back with the backup (it still needs its passphrase); false: this installation cannot sign. */
  keyRestored: boolean;
  /** Every number this installation hands out next continues above this (docs/bundles.md, "Restore"). */
  numberingFloor: number;
}

const count = z.number().int().min(0).max(10_000);
/** A backup named by its file name in the backup folder: no folder part, the extension backups have. */
export const backupFileSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\]+\.waiban-backup$/);

export const backupSettingsInputSchema = z
  .object({
    folder: z.string().max(1000).nullable().optional(),
    keepDaily: count.optional(),
    keepWeekly: count.optional(),
    keepMonthly: count.optional(),
    importThreshold: z.number().int().min(1).max(100_000_000).optional(),
  })
  .strict();

export const backupCreateInputSchema = z.object({ note: z.string().max(500).optional() }).strict();
export const backupFileInputSchema = z.object({ file: backupFileSchema }).strict();
/** A restore names the backup and says it was confirmed, after the page showed what it replaces. */
export const backupRestoreInputSchema = z.object({ file: backupFileSchema, confirmed: z.literal(true) }).strict();
export const backupPassphraseInputSchema = z.object({ passphrase: z.string().min(1).max(1024) }).strict();

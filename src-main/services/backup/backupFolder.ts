import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupKind } from '../../contract';
import { isRunning } from '../processAlive';

export const backupExtension = '.waiban-backup';

/** Backups go beside the data folder unless the office names another folder (a USB disk, a network share). */
export const defaultBackupFolder = (dataDir: string): string => join(dirname(dataDir), `${basename(dataDir)}-backups`);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A name that sorts by time and says what it is: `waiban-20261127-100000-daily-0190abcd.waiban-backup` (local time, the
 * kind, the start of the installation's id), with a counter when two land in one second.
 */
export function backupFileName(folder: string, created: number, kind: BackupKind, installation: string): string {
  const d = new Date(created);
  const stamp = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  const base = `waiban-${stamp}-${kind}-${installation.slice(0, 8)}`;
  for (let n = 1; ; n++) {
    const name = `${base}${n > 1 ? `-${n}` : ''}${backupExtension}`;
    if (!existsSync(join(folder, name)) && !readdirSync(folder).some((f) => f.startsWith(`${name}.`))) return name;
  }
}

/** The backup files in a folder (none when it does not exist), newest name first. */
export const backupFilesIn = (folder: string): string[] =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith(backupExtension))
        .sort()
        .reverse()
    : [];

/** A file being written is `<name>.<pid>.part` until it is whole and checked: a backup killed part-way leaves only that. */
export const partFile = (folder: string, name: string): string => join(folder, `${name}.${process.pid}.part`);

/** Temporary files that backups killed part-way left in the folder; one still being written is left alone. */
export function removeAbandonedParts(folder: string): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const m = /\.(\d+)\.part$/.exec(name);
    const pid = m ? Number(m[1]) : NaN;
    if (name.includes(backupExtension) && Number.isInteger(pid) && pid !== process.pid && !isRunning(pid))
      rmSync(join(folder, name), { force: true });
  }
}

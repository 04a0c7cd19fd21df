import BetterSqlite3 from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, openSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError, type BackupVerifyReport, type RestoreReport, type WorkProgress } from '../../contract';
import { backupKeyName, snapshotName } from '../../core/backup/manifest';
import { restartFloor } from '../../core/bundle/restart';
import { databaseFile, keyFile, sealedKeyFile } from '../dataDir';
import { storedFilePath } from '../files';
import { writeKeyFile } from '../keyProtection';
import { backupKeyFile } from './backupKey';
import { readNumberingFloor, writeNumberingFloor } from '../../db/numberingFloor';
import { describeDatabase } from './snapshot';
import { verifyBackup } from './verifyBackup';
import { writeBackup } from './writeBackup';
import { isRunning } from '../processAlive';

export interface RestoreTask {
  file: string;
  dataDir: string;
  /** Where the backup of the data being replaced goes. */
  folder: string;
  appVersion: string;
  now: number;
  nativeBinding?: string;
}

/** The installation the data folder holds now: none without a database, unknown when it cannot be read (damaged). */
function currentInstallation(dataDir: string, nativeBinding?: string): string | null | undefined {
  if (!existsSync(databaseFile(dataDir))) return null;
  try {
    return describeDatabase(databaseFile(dataDir), { checkIntegrity: false, nativeBinding }).installation.id;
  } catch {
    return undefined;
  }
}

/**
 * The data being replaced, backed up first. A database too damaged to copy consistently is kept as its files are,
 * beside the backups, under a name that says so.
 */
async function keepReplaced(task: RestoreTask): Promise<string> {
  const { dataDir } = task;
  try {
    return (
      await writeBackup({
        dataDir,
        folder: task.folder,
        kind: 'before-restore',
        appVersion: task.appVersion,
        now: task.now,
        nativeBinding: task.nativeBinding,
      })
    ).file;
  } catch (err) {
    const name = `waiban-${new Date(task.now).toISOString().replace(/[:.]/g, '-')}-before-restore-unreadable`;
    mkdirSync(task.folder, { recursive: true, mode: 0o700 });
    for (const suffix of ['', '-wal']) {
      if (existsSync(databaseFile(dataDir) + suffix))
        copyFileSync(databaseFile(dataDir) + suffix, join(task.folder, `${name}.sqlite${suffix}`));
    }
    if (!existsSync(join(task.folder, `${name}.sqlite`))) throw err;
    return `${name}.sqlite`;
  }
}

/**
 * How far into the backup's change log the installation's own changes are all in segments: after the restore it
 * seals the rest in the order they were logged (services/bundle/segments.ts). A backup taken after an earlier restore
 * says so itself; otherwise the own changes numbered after the last segment's are the first not sealed.
 */
function sealedUpTo(db: BetterSqlite3.Database, installation: string): number {
  const earlier = readNumberingFloor(db);
  if (earlier?.installation === installation) return earlier.sealedLogSeq;
  // A database from before segments were kept (migration 0007) has sealed nothing: the log is its own from the start.
  if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE "type" = 'table' AND "name" = 'bundleSegment'`).get()) return 0;
  return db
    .prepare(
      `SELECT coalesce(
         (SELECT min("seq") - 1 FROM "changeLog" WHERE "author" = @installation
            AND "authorSeq" > (SELECT coalesce(max("lastAuthorSeq"), 0) FROM "bundleSegment" WHERE "author" = @installation)),
         (SELECT coalesce(max("seq"), 0) FROM "changeLog"))`,
    )
    .pluck()
    .get({ installation }) as number;
}

/**
 * Another installation's key files are moved aside, never deleted: the backup taken before a restore carries a key
 * only when it was kept encrypted.
 */
function putKeysAside(dataDir: string, now: number): void {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  for (const file of [keyFile(dataDir), sealedKeyFile(dataDir), backupKeyFile(dataDir)]) {
    if (existsSync(file)) renameSync(file, `${file}.replaced-${stamp}`);
  }
}

/**
 * Restores a data folder from a backup (the file work; the app reopens on the result afterwards):
 * 1. the backup is checked whole — every entry against its hash, the database's integrity — while the database, the
 *    documents the folder lacks and the key are written to a work folder inside the data folder: a damaged, truncated,
 *    foreign or newer backup is refused here, and nothing has changed;
 * 2. the data being replaced is backed up first (kind before-restore);
 * 3. the documents go into files/, the key into keys/ (another installation's key files are put aside);
 * 4. the database is copied over the live one with SQLite's backup API, in one transaction: another connection (the
 *    app's) then reads the restored database, and a process killed meanwhile leaves the old one whole. The copy
 *    carries the numbering floor (docs/bundles.md, "Restore"), set before it goes in.
 */
export async function restoreFiles(task: RestoreTask, onProgress?: (p: WorkProgress) => void): Promise<RestoreReport> {
  const { dataDir } = task;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  for (const name of readdirSync(dataDir)) {
    const pid = Number(/^\.restore-(\d+)$/.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isRunning(pid)) rmSync(join(dataDir, name), { recursive: true, force: true });
  }
  const work = join(dataDir, `.restore-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true, mode: 0o700 });
  try {
    const workFile = (name: string) => join(work, name.replace(/\//g, '_'));
    const keep = (name: string) => {
      if (name === backupKeyName) return workFile(name);
      const sha256 = /^files\/([0-9a-f]{64})$/.exec(name)?.[1];
      return sha256 && !existsSync(storedFilePath(dataDir, sha256)) ? workFile(name) : undefined;
    };
    const database = join(work, snapshotName);
    const report: BackupVerifyReport = await verifyBackup(task.file, {
      nativeBinding: task.nativeBinding,
      onProgress,
      databaseTo: database,
      keep,
    });
    const restored = report.backup;
    if (report.database.newerVersion) {
      throw new AppError('DB_NEWER_VERSION', {
        zh: `备份 ${restored.file} 由更新版本的外办台账写入，请先升级本软件再恢复；未做任何改动。`,
        en: `The backup ${restored.file} was written by a newer version of Waiban: update the app before restoring it; nothing was changed.`,
      });
    }
    if (task.now < Date.parse(restored.created!)) {
      throw new AppError('VALIDATION', {
        zh: `本机时钟（${new Date(task.now).toISOString()}）早于备份时间（${restored.created}），恢复后的编号无法保证不与他处重复。请先校准时钟；未做任何改动。`,
        en: `This computer's clock (${new Date(task.now).toISOString()}) is earlier than the backup (${restored.created}), so the restored numbering could repeat numbers held elsewhere. Set the clock right first; nothing was changed.`,
      });
    }
    const installation = restored.installation!.id;
    const numberingFloor = restartFloor(task.now);
    const copy = new BetterSqlite3(database, { fileMustExist: true, nativeBinding: task.nativeBinding });
    try {
      const sealedLogSeq = sealedUpTo(copy, installation);
      writeNumberingFloor(copy, {
        installation,
        floor: numberingFloor,
        restoredAt: new Date(task.now).toISOString(),
        backupCreated: restored.created!,
        sealedLogSeq,
      });
    } finally {
      copy.close();
    }

    const current = currentInstallation(dataDir, task.nativeBinding);
    const keptAs = current === null ? null : await keepReplaced(task);

    for (const d of readdirSync(join(work))) {
      const sha256 = /^files_([0-9a-f]{64})$/.exec(d)?.[1];
      if (!sha256) continue;
      const target = storedFilePath(dataDir, sha256);
      mkdirSync(dirname(target), { recursive: true });
      renameSync(join(work, d), target);
    }
    const installationChanged = typeof current === 'string' && current !== installation;
    const keyText = existsSync(workFile(backupKeyName)) ? readFileSync(workFile(backupKeyName)) : undefined;
    // When the database here cannot be read, the key here may or may not be the backup's: the backup's takes its place.
    if (installationChanged || (current === undefined && keyText)) putKeysAside(dataDir, task.now);
    const keyRestored = existsSync(keyFile(dataDir)) || existsSync(sealedKeyFile(dataDir)) || keyText !== undefined;
    if (keyText && !existsSync(keyFile(dataDir)) && !existsSync(sealedKeyFile(dataDir))) {
      mkdirSync(dirname(keyFile(dataDir)), { recursive: true, mode: 0o700 });
      writeKeyFile(keyFile(dataDir), keyText);
    }

    onProgress?.({ stage: 'write', done: 0, total: 1 });
    // A database restored into a new data folder is the user's alone, as one made by init is.
    if (!existsSync(databaseFile(dataDir))) closeSync(openSync(databaseFile(dataDir), 'wx', 0o600));
    const snapshot = new BetterSqlite3(database, { readonly: true, fileMustExist: true, nativeBinding: task.nativeBinding });
    try {
      await snapshot.backup(databaseFile(dataDir));
    } finally {
      snapshot.close();
    }
    onProgress?.({ stage: 'write', done: 1, total: 1 });
    return { restored, keptAs, installationChanged, keyRestored, numberingFloor };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

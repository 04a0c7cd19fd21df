import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, fsyncSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BackupInfo, BackupKind, WorkProgress } from '../../contract';
import {
  backupFormatVersion,
  backupKeyName,
  backupManifestName,
  documentName,
  snapshotName,
  type BackupManifest,
} from '../../core/backup/manifest';
import { ZipFileWriter } from '../zip/zipFileWriter';
import { databaseFile, filesDir } from '../dataDir';
import { backupFileName, partFile, removeAbandonedParts } from './backupFolder';
import { keyForBackup } from './backupKey';
import { backupInfo, checkBackupEntries } from './readBackup';
import { describeDatabase, takeSnapshot } from './snapshot';

export interface BackupTask {
  dataDir: string;
  folder: string;
  kind: BackupKind;
  note?: string;
  appVersion: string;
  /** The time the backup is stamped with (the app's clock). */
  now: number;
  nativeBinding?: string;
}

/** The documents in the data folder: files/<2 hex>/<sha256>, as services/files.ts stores them. */
function storedDocuments(dataDir: string): { sha256: string; path: string; size: number }[] {
  const root = filesDir(dataDir);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((dir) => /^[0-9a-f]{2}$/.test(dir))
    .flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((name) => /^[0-9a-f]{64}$/.test(name) && name.startsWith(dir))
        .map((sha256) => ({ sha256, path: join(root, dir, sha256), size: statSync(join(root, dir, sha256)).size })),
    )
    .sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
}

/** A rename is on the disk only once its folder is flushed too. */
function syncFolder(folder: string): void {
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes one backup of a data folder: a snapshot of the database taken while the app may be writing, the documents
 * in files/ (a document whose bytes no longer match its hash is left out: it is damaged already), and the private
 * key when it is kept encrypted. The file is written as `<name>.<pid>.part`, read back entry by entry against the
 * hashes its manifest lists, and only then renamed to its name: a backup killed or failing part-way never leaves a
 * file that passes for complete. Works on files alone, so it runs on a thread of its own beside the app.
 */
export async function writeBackup(task: BackupTask, onProgress?: (p: WorkProgress) => void): Promise<BackupInfo> {
  // A backup holds what the database holds (passport numbers): its folder and file are the user's alone.
  mkdirSync(task.folder, { recursive: true, mode: 0o700 });
  removeAbandonedParts(task.folder);
  const temp = mkdtempSync(join(tmpdir(), 'waiban-backup-'));
  let part: string | undefined;
  try {
    onProgress?.({ stage: 'snapshot', done: 0, total: 0 });
    const snapshot = join(temp, snapshotName);
    takeSnapshot(databaseFile(task.dataDir), snapshot, task.nativeBinding);
    const facts = describeDatabase(snapshot, { checkIntegrity: true, nativeBinding: task.nativeBinding });
    const documents = storedDocuments(task.dataDir);
    const total = statSync(snapshot).size + documents.reduce((n, d) => n + d.size, 0);
    let done = 0;
    const onBytes = (n: number) => onProgress?.({ stage: 'write', done: (done += n), total });
    const name = backupFileName(task.folder, task.now, task.kind, facts.installation.id);
    part = partFile(task.folder, name);
    const zip = await ZipFileWriter.create(part, 0o600);
    try {
      const database = (await zip.addFile(snapshotName, snapshot, statSync(snapshot).size, { onBytes }))!;
      const kept: BackupManifest['documents'] = [];
      for (const d of documents) {
        const written = await zip.addFile(documentName(d.sha256), d.path, d.size, { onBytes, accept: (w) => w.sha256 === d.sha256 });
        if (written) kept.push(written);
      }
      const keyText = keyForBackup(task.dataDir);
      const key = keyText ? await zip.addBytes(backupKeyName, keyText) : null;
      const manifest: BackupManifest = {
        format: backupFormatVersion,
        appVersion: task.appVersion,
        created: new Date(task.now).toISOString(),
        kind: task.kind,
        ...(task.note ? { note: task.note } : {}),
        installation: facts.installation,
        database: { ...database, migrations: facts.migrations },
        records: facts.records,
        documents: kept,
        key,
      };
      await zip.addBytes(backupManifestName, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
      await zip.finish();
    } catch (err) {
      await zip.abandon();
      throw err;
    }
    // Read back: the snapshot was checked above, and its bytes in the file hash as those did.
    const checked = await checkBackupEntries(part, undefined, (d, t) => onProgress?.({ stage: 'check', done: d, total: t }));
    const final = join(task.folder, name);
    renameSync(part, final);
    part = undefined;
    syncFolder(task.folder);
    return backupInfo(final, checked.bytes, checked.manifest);
  } finally {
    if (part) rmSync(part, { force: true });
    rmSync(temp, { recursive: true, force: true });
  }
}

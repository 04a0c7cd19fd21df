import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BackupVerifyReport, WorkProgress } from '../../contract';
import { snapshotName } from '../../core/backup/manifest';
import { backupInfo, checkBackupEntries, damagedBackup } from './readBackup';
import { describeDatabase } from './snapshot';

/**
 * The full check of a backup, as restore runs it first: every entry read and hashed against the manifest, the
 * database written out as it is read and put through SQLite's integrity check, its installation the one the
 * manifest names. `keep` may name where other entries' bytes go as they are read (restore keeps the documents).
 */
export async function verifyBackup(
  file: string,
  o: {
    nativeBinding?: string;
    onProgress?: (p: WorkProgress) => void;
    databaseTo?: string;
    keep?: (name: string) => string | undefined;
  } = {},
): Promise<BackupVerifyReport> {
  const temp = o.databaseTo ? undefined : mkdtempSync(join(tmpdir(), 'waiban-verify-'));
  const database = o.databaseTo ?? join(temp!, snapshotName);
  try {
    const { manifest, bytes } = await checkBackupEntries(
      file,
      (name) => (name === snapshotName ? database : o.keep?.(name)),
      (done, total) => o.onProgress?.({ stage: 'check', done, total }),
    );
    const facts = describeDatabase(database, { checkIntegrity: true, nativeBinding: o.nativeBinding });
    if (facts.installation.id !== manifest.installation.id) {
      throw damagedBackup(file, { zh: '数据库中的安装与清单不符', en: 'the database holds another installation than the manifest names' });
    }
    return {
      backup: backupInfo(file, bytes, manifest),
      database: { integrity: 'ok', migrations: facts.migrations.length, newerVersion: facts.newerVersion },
      documents: manifest.documents.length,
    };
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract';
import { setBackupPassphrase } from '../../../src-main/services/backup/backupKey';
import { setBackupSettings } from '../../../src-main/services/backup/backupSettings';
import { keyFile } from '../../../src-main/services/dataDir';
import { storedFilePath } from '../../../src-main/services/files';
import { protectKey, unlockKey } from '../../../src-main/services/keyProtection';
import { verifyMinisign } from '../../../src-main/services/minisign';
import { installationPublicKey, signAsInstallation } from '../../../src-main/services/signing';
import { backupOf, reopenedAt, restoreInto } from '../../support/backups';
import { attach, partnerValues, tempApp, tempDir, type TestApp } from '../../support/tempApp';

const names = async (app: TestApp) => (await app.call('records.list', { register: 'partner' })).rows.map((r) => r.values.nameZh).sort();

/** Signs with the installation's key and checks the signature against the public key it has always had. */
function signs(app: TestApp): boolean {
  const signature = signAsInstallation(app.ctx, Buffer.from('x'), 'test');
  return verifyMinisign(Buffer.from('x'), signature, installationPublicKey(app.ctx)) === 'test';
}

const refusal = (work: () => unknown): AppError => {
  try {
    work();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
};

describe('restoring a backup', () => {
  it("over changed data brings the backup's records and documents back, and the data it replaced comes back from its own backup", async () => {
    const app = await tempApp();
    const folder = tempDir();
    const a = await app.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '甲大学' }) });
    const doc = await attach(app, '协议.pdf', 'signed');
    const backup = await backupOf(app, folder);
    await app.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '乙大学' }) });
    await app.call('records.delete', { register: 'partner', id: a.id });
    rmSync(storedFilePath(app.dataDir, doc.sha256));

    const now = app.ctx.clock.now() + 1000;
    app.close();
    const report = await restoreInto(app.dataDir, backup.path, now, folder);
    expect(report).toMatchObject({ installationChanged: false, keyRestored: true });
    expect(report.keptAs).toMatch(/^waiban-.*-before-restore-.*\.waiban-backup$/);
    const restored = await reopenedAt(app.dataDir, now);
    expect(await names(restored)).toEqual(['甲大学']);
    expect(readFileSync(storedFilePath(app.dataDir, doc.sha256), 'utf8')).toBe('signed');
    expect(signs(restored)).toBe(true);
    expect((await restored.call('backup.status', {})).restored).toMatchObject({ backupCreated: backup.created });

    // The wrong backup was restored: the data it replaced is one restore away.
    const later = now + 1000;
    restored.close();
    await restoreInto(app.dataDir, join(folder, report.keptAs!), later, folder);
    expect(await names(await reopenedAt(app.dataDir, later))).toEqual(['乙大学']);
  });

  it("refuses when this computer's clock is earlier than the backup, changing nothing", async () => {
    const app = await tempApp();
    const backup = await backupOf(app);
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    app.close();
    const err = await restoreInto(app.dataDir, backup.path, Date.parse(backup.created!) - 60_000).catch((e: unknown) => e as AppError);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).localized.en).toContain('Set the clock right first; nothing was changed');
    expect(await names(await reopenedAt(app.dataDir, Date.now()))).toEqual(['伦敦大学学院']);
  });

  it("through the window's channel, once confirmed, from the backup folder only", async () => {
    const app = await tempApp();
    const folder = tempDir();
    setBackupSettings(app.ctx, { folder });
    await app.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '甲大学' }) });
    const backup = await app.call('backup.create', { note: '学期末' });
    expect(backup).toMatchObject({ kind: 'manual', note: '学期末', state: 'complete' });
    await app.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '乙大学' }) });
    expect((await app.fail('backup.restore', { file: backup.file })).code).toBe('VALIDATION');
    expect((await app.fail('backup.restore', { file: '../elsewhere.waiban-backup', confirmed: true })).code).toBe('VALIDATION');
    expect((await app.fail('backup.restore', { file: 'missing.waiban-backup', confirmed: true })).code).toBe('NOT_FOUND');
    const report = await app.call('backup.restore', { file: backup.file, confirmed: true });
    expect(report.restored.file).toBe(backup.file);
    // The connection the app holds reads the restored database.
    expect(await names(app)).toEqual(['甲大学']);
    expect((await app.call('backup.list', {})).map((b) => b.kind).sort()).toEqual(['before-restore', 'manual']);
  });
});

describe('the private key in a backup', () => {
  it('protected by its passphrase, goes in as it is and comes back needing that passphrase to sign', async () => {
    const app = await tempApp();
    protectKey(app.ctx, 'key passphrase 1');
    const backup = await backupOf(app);
    expect(backup.withKey).toBe(true);
    expect(refusal(() => setBackupPassphrase(app.ctx, 'another one')).localized.en).toContain('already protected');
    const dataDir = join(tempDir(), 'new');
    const now = app.ctx.clock.now() + 1000;
    expect((await restoreInto(dataDir, backup.path, now)).keyRestored).toBe(true);
    const restored = await reopenedAt(dataDir, now);
    expect(refusal(() => signs(restored)).code).toBe('KEY_LOCKED');
    unlockKey(restored.ctx, 'key passphrase 1');
    expect(signs(restored)).toBe(true);
  });

  it('kept plain, goes in only once a backup passphrase is set, encrypted with it', async () => {
    const app = await tempApp();
    expect((await backupOf(app)).withKey).toBe(false);
    expect(refusal(() => setBackupPassphrase(app.ctx, 'short')).code).toBe('VALIDATION');
    setBackupPassphrase(app.ctx, 'backup passphrase 1');
    expect((await app.call('backup.status', {})).key).toBe('backupPassphrase');
    const backup = await backupOf(app);
    expect(backup.withKey).toBe(true);
    const dataDir = join(tempDir(), 'new');
    const now = app.ctx.clock.now() + 1000;
    await restoreInto(dataDir, backup.path, now);
    expect(readFileSync(keyFile(dataDir), 'utf8')).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    const restored = await reopenedAt(dataDir, now);
    expect(() => unlockKey(restored.ctx, 'wrong passphrase')).toThrow(/Wrong key passphrase/);
    unlockKey(restored.ctx, 'backup passphrase 1');
    expect(signs(restored)).toBe(true);
  });

  it('left out, leaves a restored installation that says it cannot sign', async () => {
    const app = await tempApp();
    const backup = await backupOf(app);
    const dataDir = join(tempDir(), 'new');
    const now = app.ctx.clock.now() + 1000;
    expect((await restoreInto(dataDir, backup.path, now)).keyRestored).toBe(false);
    const restored = await reopenedAt(dataDir, now);
    expect(refusal(() => signs(restored)).localized.en).toContain('private key file');
  });

  it("of another installation, takes the place of this one's, which is put aside, not deleted", async () => {
    const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    setBackupPassphrase(laptop.ctx, 'laptop passphrase');
    const backup = await backupOf(laptop);
    const office = await tempApp();
    const officeKey = readFileSync(keyFile(office.dataDir));
    const now = office.ctx.clock.now() + 1000;
    office.close();
    const report = await restoreInto(office.dataDir, backup.path, now);
    expect(report).toMatchObject({ installationChanged: true, keyRestored: true });
    const aside = readdirSync(join(office.dataDir, 'keys')).filter((f) => f.startsWith('installation.key.replaced-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(office.dataDir, 'keys', aside[0]!)).equals(officeKey)).toBe(true);
    const restored = await reopenedAt(office.dataDir, now);
    expect(restored.ctx.self.id).toBe(laptop.ctx.self.id);
    unlockKey(restored.ctx, 'laptop passphrase');
    expect(signs(restored)).toBe(true);
    expect(existsSync(keyFile(office.dataDir))).toBe(true);
  });
});

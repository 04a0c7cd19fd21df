import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo, BackupStatus, RestoreReport } from '../../../src-main/contract';
import { registers } from '../../../src-main/core/registers';
import { sheetName } from '../../../src-main/core/xlsx/sheet';
import { waiban } from '../../support/cli';
import { readSheet } from '../../support/xlsxRead';
import { attach, closeApp, partnerValues, tempApp, tempDir } from '../../support/tempApp';

async function officeWithData(): Promise<string> {
  const app = await tempApp();
  await app.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '甲大学' }) });
  const doc = await attach(app, '合作协议（签字版）.pdf', 'signed pdf');
  const partner = (await app.call('records.list', { register: 'partner', search: '甲大学' })).rows[0]!;
  await app.call('records.put', {
    register: 'agreement',
    values: { partner: partner.id, title: '学生交流协议', signedDate: '2025-05-01', document: doc },
  });
  closeApp(app);
  return app.dataDir;
}

describe('waiban backup on the command line', () => {
  it(
    'creates, lists (also without a data folder), verifies, and restores into a new data folder only once confirmed',
    { timeout: 120_000 },
    async () => {
      const dataDir = await officeWithData();
      const created = waiban(dataDir, ['backup', 'create', '--note', '期末', '--json']);
      expect(created.err).toBe('');
      const backup = JSON.parse(created.out) as BackupInfo;
      expect(backup).toMatchObject({
        kind: 'manual',
        note: '期末',
        state: 'complete',
        documents: 1,
        withKey: false,
        records: { partner: 1, agreement: 1 },
      });
      const folder = join(dataDir, '..', 'data-backups');
      expect(readdirSync(folder)).toEqual([backup.file]);

      const listed = waiban(join(tempDir(), 'no-data-here'), ['backup', 'list', '--dir', folder]);
      expect(listed.code).toBe(0);
      expect(listed.out).toContain(backup.file);
      expect(listed.out).toContain('Partners 1, Agreements 1');
      const verified = waiban(join(tempDir(), 'no-data-here'), ['backup', 'verify', join(folder, backup.file)]);
      expect(verified.out).toContain('The backup is intact');

      const newMachine = join(tempDir(), 'new');
      const unconfirmed = waiban(newMachine, ['backup', 'restore', join(folder, backup.file)]);
      expect(unconfirmed.code).toBe(1);
      expect(unconfirmed.out).toContain('This replaces (empty: no data)');
      expect(unconfirmed.err).toContain('A restore replaces data: run it on a terminal and confirm, or add --yes.');
      expect(existsSync(join(newMachine, 'waiban.sqlite'))).toBe(false);

      const restored = waiban(newMachine, ['backup', 'restore', join(folder, backup.file), '--yes', '--json']);
      expect(restored.code, restored.err).toBe(0);
      const report = JSON.parse(restored.out.slice(restored.out.indexOf('{'))) as RestoreReport;
      expect(report).toMatchObject({ keptAs: null, keyRestored: false, restored: { file: backup.file } });
      const stats = waiban(newMachine, ['stats', '--json']);
      expect(JSON.parse(stats.out).registers).toMatchObject({ partner: { live: 1 }, agreement: { live: 1 } });
    },
  );

  it('keeps its settings and the backup passphrase, refusing what is not a number', { timeout: 120_000 }, async () => {
    const dataDir = await officeWithData();
    const usb = join(tempDir(), 'usb');
    const set = waiban(dataDir, ['backup', 'settings', '--folder', usb, '--keep-daily', '3', '--import-threshold', '500', '--json']);
    expect(set.code, set.err).toBe(0);
    expect(JSON.parse(set.out) as BackupStatus).toMatchObject({
      folder: usb,
      settings: { folder: usb, keepDaily: 3, keepWeekly: 4, keepMonthly: 12, importThreshold: 500 },
      key: 'none',
    });
    expect(waiban(dataDir, ['backup', 'settings', '--keep-weekly', 'four']).code).toBe(2);
    const passphrase = waiban(dataDir, ['backup', 'passphrase'], undefined, { WAIBAN_NEW_KEY_PASSPHRASE: 'usb passphrase 1' });
    expect(passphrase.code, passphrase.err).toBe(0);
    const created = JSON.parse(waiban(dataDir, ['backup', 'create', '--json']).out) as BackupInfo;
    expect(created.withKey).toBe(true);
    expect(readdirSync(usb)).toEqual([created.file]);
  });
});

describe('waiban export-all', () => {
  it(
    'writes every register as a sheet of one workbook, a sheet of documents, and the documents under their names',
    { timeout: 60_000 },
    async () => {
      const dataDir = await officeWithData();
      const out = join(tempDir(), '全部导出');
      const run = waiban(dataDir, ['export-all', '--out', out, '--json']);
      expect(run.code, run.err).toBe(0);
      const report = JSON.parse(run.out) as { workbook: string; records: Record<string, number>; documents: number; missing: number };
      expect(report).toMatchObject({ documents: 1, missing: 0, records: { partner: 1, agreement: 1 } });
      const bytes = readFileSync(report.workbook);
      const { book } = readSheet(bytes);
      expect(book.SheetNames).toEqual([...registers.map((r) => sheetName(r.label.zh)), '文件 Documents']);
      const partners = readSheet(bytes, sheetName(registers.find((r) => r.name === 'partner')!.label.zh));
      expect(partners.rows).toHaveLength(3);
      expect(partners.rows[2]).toContain('甲大学');
      const documents = readSheet(bytes, '文件 Documents');
      const row = documents.rows[2] as string[];
      expect(row.slice(0, 1).concat(row.slice(3, 5))).toEqual(['合作协议', 'document', '合作协议（签字版）.pdf']);
      expect(readFileSync(join(out, row[5]!), 'utf8')).toBe('signed pdf');
      expect(readdirSync(join(out, 'documents'))).toEqual([row[5]!.slice('documents/'.length)]);

      const again = waiban(dataDir, ['export-all', '--out', out]);
      expect(again.code).toBe(1);
      expect(again.err).toContain('is not empty; nothing was written');
    },
  );
});

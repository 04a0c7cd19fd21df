import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRegister } from '../../../src-main/services/xlsx/importRegister';
import { csvBytes } from '../../support/xlsxWrite';
import { partnerValues, tempApp, tempDir, type TestApp } from '../../support/tempApp';
import type { ColumnMapping } from '../../../src-main/contract';

const list = async (app: TestApp) => (await app.call('records.list', { register: 'agreement', limit: 500 })).rows;

const sheet = csvBytes([
  ['伙伴学校', '签订日期', '有效期至', '协议名称'],
  ['伦敦大学学院', '2019-05-01', '2024-04-30', '学生交流协议'],
]);

async function withPartner(): Promise<TestApp> {
  const app = await tempApp();
  await app.call('records.put', { register: 'partner', values: partnerValues() });
  return app;
}

/** The sheet as the person picks it in the wizard. */
function picked(app: TestApp) {
  const path = join(tempDir(), '协议台账.csv');
  writeFileSync(path, sheet);
  return app.pick(path);
}

describe('importing with a column mapping chosen by hand', () => {
  it('imports a column whose header nothing recognises once it is mapped onto a field', async () => {
    const app = await withPartner();
    const file = picked(app);
    const proposed = await app.call('xlsx.preview', { register: 'agreement', file });
    expect(proposed.unknownColumns).toEqual([{ column: 'A', header: '伙伴学校' }]);
    expect(proposed.fieldChoices.map((c) => c.field)).toContain('partner');
    const mapping = { A: 'partner' };
    const preview = await app.call('xlsx.preview', { register: 'agreement', file, mapping });
    expect(preview.unknownColumns).toEqual([]);
    expect(preview.columns.find((c) => c.column === 'A')).toMatchObject({ field: 'partner', header: '伙伴学校' });
    expect(await list(app)).toHaveLength(0);
    const report = await app.call('xlsx.import', { register: 'agreement', file, mapping });
    expect(report).toMatchObject({ written: true, created: 1, rowsRefused: [] });
    const [row] = await list(app);
    expect(row!.values).toMatchObject({ title: '学生交流协议', expiryDate: '2024-04-30' });
    expect(row!.values.partner).toBeTruthy();
  });

  it('does not write a column set to be ignored', async () => {
    const app = await withPartner();
    const report = await importRegister(app.ctx, app.writer, {
      register: 'agreement',
      bytes: sheet,
      dryRun: false,
      mapping: { A: 'partner', C: null },
    });
    expect(report.unknownColumns).toEqual([{ column: 'C', header: '有效期至' }]);
    expect(report.created).toBe(1);
    const [row] = await list(app);
    expect(row!.values.expiryDate ?? null).toBeNull();
    expect(row!.values.signedDate).toBe('2019-05-01');
  });

  it('reads a --map given by header text the same way as by column letter', async () => {
    const app = await withPartner();
    const report = await importRegister(app.ctx, app.writer, {
      register: 'agreement',
      bytes: sheet,
      dryRun: true,
      mappingByHeader: { 伙伴学校: 'partner' },
    });
    expect(report).toMatchObject({ rowsOk: 1, unknownColumns: [] });
  });

  it.each<[string, ColumnMapping, RegExp]>([
    ['a field the register does not have', { A: 'noSuchField' }, /no importable field "noSuchField"/],
    ['two columns on one field', { A: 'partner', C: 'signedDate' }, /Columns B and C both map to/],
    ['a column without a header', { F: 'partner' }, /Column F of the sheet has no header/],
  ])('refuses %s and writes nothing', async (_what, mapping, message) => {
    const app = await withPartner();
    const file = picked(app);
    for (const channel of ['xlsx.preview', 'xlsx.import'] as const) {
      const err = await app.call(channel, { register: 'agreement', file, mapping }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'VALIDATION', localized: { en: expect.stringMatching(message), zh: expect.any(String) } });
    }
    expect(await list(app)).toHaveLength(0);
  });
});

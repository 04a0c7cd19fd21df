import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRegister } from '../../../src-main/services/xlsx/importRegister';
import { waiban } from '../../support/cli';
import { tempApp, tempDir } from '../../support/tempApp';
import { readSheet } from '../../support/xlsxRead';
import { csvBytes } from '../../support/xlsxWrite';

/** A ledger with a type and a country no option and no synonym names, and a partner with no name. */
const ledger = csvBytes([
  ['名称', '国家', '类型', '备注'],
  ['伦敦大学学院', '英国', '大学', ''],
  ['马普学会', '德国', '研究基地', '研究基地是本处的叫法'],
  ['某实验室', '德国', '研究基地', ''],
  ['', '法国', '大学', '名称漏填'],
  ['火星大学', '火星', '大学', ''],
]);

const listed = async (app: Awaited<ReturnType<typeof tempApp>>) =>
  (await app.call('records.list', { register: 'partner', limit: 50 })).rows.map((r) => r.values);

describe("mapping a column's values onto the options", () => {
  it('lists the values that name no option with the options, refuses them naming the allowed ones, and reads them as mapped', async () => {
    const app = await tempApp();
    const path = join(tempDir(), '合作院校台账.csv');
    writeFileSync(path, ledger);
    const file = app.pick(path);
    const preview = await app.call('xlsx.preview', { register: 'partner', file });
    expect(preview.columnValues.map((c) => [c.column, c.field, c.values])).toEqual([
      ['B', 'country', [{ text: '火星' }]],
      ['C', 'type', [{ text: '研究基地' }]],
    ]);
    expect(preview.columnValues[1]!.options.map((o) => o.value)).toContain('researchInstitute');
    const typeRefusal = preview.rowsRefused.find((r) => r.column === 'C')!;
    expect(typeRefusal.reason.zh).toContain('不是可选项之一（可选：大学、科研机构、工会组织');
    expect(typeRefusal.reason.en).toContain('allowed: University, Research institute');

    const valueMapping = { C: { 研究基地: 'researchInstitute' } };
    const mapped = await app.call('xlsx.preview', { register: 'partner', file, valueMapping });
    expect(mapped.columnValues.find((c) => c.column === 'C')!.values).toEqual([{ text: '研究基地', option: 'researchInstitute' }]);
    expect(mapped.rowsRefused.map((r) => r.row)).toEqual([5, 6]);
    expect(await listed(app)).toEqual([]);

    const written = await app.call('xlsx.import', { register: 'partner', file, valueMapping });
    expect(written).toMatchObject({ created: 3, written: true });
    expect((await listed(app)).find((r) => r.nameZh === '马普学会')).toMatchObject({ type: 'researchInstitute', country: 'DE' });
  });

  it('refuses a mapping onto an option the field does not have, or a column that is no choice, and writes nothing', async () => {
    const app = await tempApp();
    const path = join(tempDir(), 'ledger.csv');
    writeFileSync(path, ledger);
    const file = app.pick(path);
    await expect(app.call('xlsx.import', { register: 'partner', file, valueMapping: { C: { 研究基地: 'lab' } } })).rejects.toThrow(
      /has no option "lab".*Allowed: University \(university\), Research institute \(researchInstitute\)/,
    );
    await expect(app.call('xlsx.import', { register: 'partner', file, valueMapping: { A: { x: 'university' } } })).rejects.toThrow(
      'is not an imported choice column',
    );
    expect(await listed(app)).toEqual([]);
  });

  it('writes the refused rows as a workbook with their reasons, which imports once fixed', async () => {
    const app = await tempApp();
    const dir = tempDir();
    writeFileSync(join(dir, 'ledger.csv'), ledger);
    const out = join(dir, '未导入.xlsx');
    await app.call('xlsx.refusedRows', {
      register: 'partner',
      file: app.pick(join(dir, 'ledger.csv')),
      valueMapping: { C: { 研究基地: '科研机构' } },
      target: app.saveTo(out),
    });
    const { rows } = readSheet(readFileSync(out));
    expect(rows[0]).toEqual(['名称', '国家', '类型', '备注', '原因', 'Reason']);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      [null, '法国', '大学', '名称漏填'],
      ['火星大学', '火星', '大学', null],
    ]);
    expect(rows[1]![4]).toContain('中文名称');
    expect(rows[2]![4]).toContain('B「国家」“火星”：不是可选项之一');
    expect(rows[2]![5]).toContain('Not one of the options');
    expect(await listed(app)).toEqual([]);

    // Fixed in the file, the rows import; the reason columns are reported as not read.
    const fixed = readSheet(readFileSync(out)).rows.map((r) => r.slice(0, 4).map((c) => (c === null ? '' : String(c))));
    fixed[1]![0] = '巴黎大学';
    fixed[2]![1] = '美国';
    const report = await importRegister(app.ctx, app.writer, { register: 'partner', bytes: csvBytes(fixed), dryRun: false });
    expect(report).toMatchObject({ created: 2, rowsRefused: [] });
  });
});

describe('waiban xlsx import --map-value and --refused-out', () => {
  it('reads a value as the option named by key or label, and writes the refused rows', () => {
    const dir = tempDir();
    waiban(dir, ['init']);
    const sheet = join(tempDir(), 'ledger.csv');
    writeFileSync(sheet, ledger);
    const refusedOut = join(tempDir(), 'refused.xlsx');
    const run = waiban(dir, [
      'xlsx',
      'import',
      '--register',
      'partner',
      sheet,
      '--map-value',
      '类型:研究基地=researchInstitute',
      '--refused-out',
      refusedOut,
    ]);
    expect(run.code).toBe(1);
    expect(run.out).toContain('3 rows ok');
    expect(readSheet(readFileSync(refusedOut)).rows).toHaveLength(3);
    const records = JSON.parse(waiban(dir, ['records', 'list', '--register', 'partner', '--search', '马普']).out);
    expect(records.rows[0].values.type).toBe('researchInstitute');

    const byLabel = waiban(dir, [
      'xlsx',
      'import',
      '--register',
      'partner',
      sheet,
      '--dry-run',
      '--map-value',
      '类型：研究基地=科研机构',
      '--map-value',
      '国家:火星=United States',
    ]);
    expect(byLabel.out).toContain('1 problem');
    expect(waiban(dir, ['xlsx', 'import', '--register', 'partner', sheet, '--map-value', '类型=researchInstitute']).code).toBe(2);
    const noOption = waiban(dir, ['xlsx', 'import', '--register', 'partner', sheet, '--map-value', '类型:研究基地=lab']);
    expect(noOption.code).toBe(1);
    expect(noOption.err).toContain('has no option "lab"');
  }, 60_000);
});

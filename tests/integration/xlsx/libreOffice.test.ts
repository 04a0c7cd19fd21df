import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { exportRegister } from '../../../src-main/services/xlsx/exportRegister';
import { importRegister } from '../../../src-main/services/xlsx/importRegister';
import { addPerson, membersOf, outboundTrip } from '../../support/delegations';
import { partnerValues, tempApp, tempDir } from '../../support/tempApp';

/** LibreOffice Calc converts a workbook's first sheet to CSV headlessly; CI installs libreoffice-calc. */
function libreOfficeCsv(bytes: Buffer): string[][] {
  const dir = tempDir();
  writeFileSync(join(dir, 'export.xlsx'), bytes);
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76',
      '--outdir',
      dir,
      join(dir, 'export.xlsx'),
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.error) throw new Error(`soffice is needed for this test (apt-get install libreoffice-calc): ${run.error.message}`);
  const csv = readFileSync(join(dir, 'export.csv'), 'utf8');
  return XLSX.utils.sheet_to_json<string[]>(XLSX.read(csv, { type: 'string', raw: true }).Sheets.Sheet1!, {
    header: 1,
    raw: false,
    defval: '',
  });
}

describe('an export opened in LibreOffice', () => {
  it('shows the same values, and formula-like text as text', async () => {
    const app = await tempApp();
    const leader = await addPerson(app, {
      passportExpiry: '2030-05-01',
      phone: '+86 138 0000 0000',
      position: '-5',
      nameOriginal: '@x',
      notes: '=1+1',
    });
    await app.call('records.put', { register: 'delegation', values: outboundTrip(membersOf(leader), { budgetEstimate: 1234567 }) });
    const people = libreOfficeCsv(exportRegister(app.ctx, { register: 'person' }));
    const person = (en: string) => people[2]![people[1]!.indexOf(en)];
    expect(people[0]![1]).toBe('姓名');
    expect(person('Name')).toBe('张明远');
    expect(person('Passport number')).toBe('E••••••78');
    expect(person('Passport valid until')).toBe('2030-05-01');
    expect([person('Phone'), person('Title / position'), person('Name in original script'), person('Notes')]).toEqual([
      '+86 138 0000 0000',
      '-5',
      '@x',
      '=1+1',
    ]);
    const trips = libreOfficeCsv(exportRegister(app.ctx, { register: 'delegation' }));
    expect(trips[2]![trips[1]!.indexOf('Budget estimate (CNY)')]).toBe('12,345.67');
    expect(trips[2]![trips[1]!.indexOf('Members')]).toBe('张明远 / 团长');
  }, 180_000);
});

describe('a ledger saved by LibreOffice', () => {
  it('imports with its Chinese headers and messy dates', async () => {
    const dir = tempDir();
    const csv =
      '合作院校,协议名称,签署日期,到期日,协议类型\n伦敦大学学院,学生交流协议,2019/5/1,2024-04-30,学生交流\n伦敦大学学院,科研合作协议,2020年3月15日,,Research\n';
    writeFileSync(join(dir, 'ledger.csv'), csv);
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--infilter=CSV:44,34,76',
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        join(dir, 'ledger.csv'),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (run.error) throw new Error(`soffice is needed for this test (apt-get install libreoffice-calc): ${run.error.message}`);
    const app = await tempApp();
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    const report = await importRegister(app.ctx, app.writer, {
      register: 'agreement',
      bytes: readFileSync(join(dir, 'ledger.xlsx')),
      dryRun: false,
    });
    expect(report).toMatchObject({ rowsOk: 2, created: 2, rowsRefused: [], unknownColumns: [] });
    const rows = (await app.call('records.list', { register: 'agreement', limit: 10 })).rows.map((r) => r.values);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: '学生交流协议', signedDate: '2019-05-01', expiryDate: '2024-04-30', type: 'studentExchange' }),
        expect.objectContaining({ title: '科研合作协议', signedDate: '2020-03-15', expiryDate: null, type: 'research' }),
      ]),
    );
  }, 180_000);
});

import { describe, expect, it } from 'vitest';
import { exportRegister } from '../../../src-main/services/xlsx/exportRegister';
import { importRegister } from '../../../src-main/services/xlsx/importRegister';
import { csvBytes } from '../../support/xlsxWrite';
import { partnerValues, tempApp, type TestApp } from '../../support/tempApp';

const importInto = async (app: TestApp, register: string, bytes: Uint8Array, dryRun = false) =>
  importRegister(app.ctx, app.writer, { register, bytes, dryRun });

const list = async (app: TestApp, register: string) => (await app.call('records.list', { register, limit: 500 })).rows;

const ledger = [
  ['合作院校', '签订日期', '有效期至', '协议名称', ' 协 议 类 型 ', '自动续期', '经办人'],
  ['伦敦大学学院', '2019年5月1日', '2024/4/30', '学生交流协议', 'Student exchange', '是', '李老师'],
  ['伦敦大学学院', '2019.5.1', '2019-05-02', '教师交流协议', '教师交流', 'no', ''],
];

describe('importing a spreadsheet into a register', () => {
  it('reads synonym headers and messy dates, and reports unknown columns without failing', async () => {
    const app = await tempApp();
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    const report = await importInto(app, 'agreement', csvBytes(ledger));
    expect(report.rowsRefused).toEqual([]);
    expect(report.unknownColumns).toEqual([{ column: 'G', header: '经办人' }]);
    expect(report.created).toBe(2);
    const rows = await list(app, 'agreement');
    const first = rows.find((r) => r.values.title === '学生交流协议')!;
    expect(first.values).toMatchObject({ signedDate: '2019-05-01', expiryDate: '2024-04-30', type: 'studentExchange', autoRenewal: true });
    expect(rows.find((r) => r.values.title === '教师交流协议')!.values).toMatchObject({ signedDate: '2019-05-01', autoRenewal: false });
  });

  it('refuses a row with its spreadsheet row, column, value and reason, and writes the others', async () => {
    const app = await tempApp();
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    const sheet = [ledger[0]!, ['牛津大学', '2019-13-01', '', '无效协议', '', '', ''], ...ledger.slice(1)];
    const dry = await importInto(app, 'agreement', csvBytes(sheet), true);
    expect(dry.written).toBe(false);
    expect(dry.rowsOk).toBe(2);
    expect(dry.rowsRefused).toEqual([
      {
        row: 2,
        column: 'A',
        header: '合作院校',
        value: '牛津大学',
        reason: expect.objectContaining({ en: 'No Partner named "牛津大学"' }),
      },
      {
        row: 2,
        column: 'B',
        header: '签订日期',
        value: '2019-13-01',
        reason: expect.objectContaining({ zh: expect.stringContaining('不是日期') }),
      },
    ]);
    expect(await list(app, 'agreement')).toHaveLength(0);
    expect((await importInto(app, 'agreement', csvBytes(sheet))).written).toBe(true);
    expect(await list(app, 'agreement')).toHaveLength(2);
  });

  it('updates instead of duplicating when the same file is imported again', async () => {
    const app = await tempApp();
    const sheet = csvBytes([
      ['中文名称', '国家/地区', '城市'],
      ['伦敦大学学院', '英国', '伦敦'],
      ['牛津大学', 'GB', '牛津'],
    ]);
    expect((await importInto(app, 'partner', sheet)).created).toBe(2);
    expect(await importInto(app, 'partner', sheet)).toMatchObject({ created: 0, unchanged: 2 });
    const moved = csvBytes([
      ['中文名称', '国家/地区', '城市'],
      ['牛津大学', 'GB', '牛津郡'],
    ]);
    expect(await importInto(app, 'partner', moved)).toMatchObject({ created: 0, updated: 1 });
    expect((await list(app, 'partner')).map((r) => r.values.city).sort()).toEqual(['伦敦', '牛津郡']);
  });

  it('gives the same partners and agreements after an export is imported into an empty database', async () => {
    const from = await tempApp();
    const p = await from.call('records.put', {
      register: 'partner',
      values: partnerValues({ notes: '=1+1', website: 'https://www.ucl.ac.uk' }),
    });
    await from.call('records.put', {
      register: 'agreement',
      values: { title: '学生交流协议', partner: p.id, signedDate: '2019-05-01', departmentsInvolved: ['FAO'] },
    });
    const to = await tempApp();
    for (const register of ['partner', 'agreement']) {
      const report = await importInto(to, register, exportRegister(from.ctx, { register }));
      expect(report.rowsRefused).toEqual([]);
      const strip = (rows: Awaited<ReturnType<typeof list>>) => rows.map((r) => ({ id: r.id, values: r.values }));
      expect(await list(to, register)).toHaveLength(1);
      expect(strip(await list(to, register))).toEqual(strip(await list(from, register)));
    }
    expect(await importInto(to, 'agreement', exportRegister(from.ctx, { register: 'agreement' }))).toMatchObject({
      created: 0,
      unchanged: 1,
    });
  });

  it('keeps rows with ids of their own apart even when they share a natural key', async () => {
    const from = await tempApp();
    const p = await from.call('records.put', { register: 'partner', values: partnerValues() });
    for (const signedDate of ['2019-05-01', '2023-05-01']) {
      await from.call('records.put', {
        register: 'agreement',
        values: { title: '学生交流协议', partner: p.id, signedDate, departmentsInvolved: ['FAO'] },
      });
    }
    const to = await tempApp();
    await importInto(to, 'partner', exportRegister(from.ctx, { register: 'partner' }));
    expect(await importInto(to, 'agreement', exportRegister(from.ctx, { register: 'agreement' }))).toMatchObject({
      created: 2,
      rowsRefused: [],
    });
    expect((await list(to, 'agreement')).map((r) => r.values.signedDate).sort()).toEqual(['2019-05-01', '2023-05-01']);
  });

  it('reads a reference by the id column an export writes beside its title, where titles repeat', async () => {
    const from = await tempApp();
    await from.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '国际劳工研究所', country: 'CH' }) });
    const second = await from.call('records.put', {
      register: 'partner',
      values: partnerValues({ nameZh: '国际劳工研究所', country: 'FR' }),
    });
    await from.call('records.put', {
      register: 'agreement',
      values: { title: '学生交流协议', partner: second.id, signedDate: '2019-05-01', departmentsInvolved: ['FAO'] },
    });
    const to = await tempApp();
    await importInto(to, 'partner', exportRegister(from.ctx, { register: 'partner' }));
    expect(await importInto(to, 'agreement', exportRegister(from.ctx, { register: 'agreement' }))).toMatchObject({
      created: 1,
      rowsRefused: [],
    });
    expect((await list(to, 'agreement'))[0]!.values.partner).toBe(second.id);
  });

  it('refuses the whole file once where no row could be written: a review installation', async () => {
    const app = await tempApp({ name: '领导审阅', role: 'review', departments: [] });
    const err = await importInto(
      app,
      'partner',
      csvBytes([
        ['中文名称', '国家/地区'],
        ['牛津大学', 'GB'],
      ]),
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'READ_ONLY' });
  });

  it('reports __proto__ and constructor headers as unknown columns, leaving prototypes alone', async () => {
    const app = await tempApp();
    const sheet = csvBytes([
      ['__proto__', 'constructor', '中文名称', '国家/地区'],
      ['{"polluted":1}', 'x', '牛津大学', 'GB'],
    ]);
    const report = await importInto(app, 'partner', sheet);
    expect(report.unknownColumns.map((u) => u.header)).toEqual(['__proto__', 'constructor']);
    expect(report.created).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

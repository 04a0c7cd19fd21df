import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { targetsSheetName, targetsSheetRows, targetsSheetWidths, type TargetResult, type TargetsReport } from '../../../src-main/contract';
import { tableWorkbook } from '../../../src-main/services/xlsx/tableWorkbook';

const base: Omit<TargetResult, 'code' | 'title' | 'targetText' | 'actual' | 'denominator' | 'status' | 'byYear'> = {
  target: 't',
  number: 1,
  kind: 'count',
  horizon: 'byDate',
  dueYear: 2025,
  targetMin: 30,
  targetMax: null,
  responsibleDepartments: ['FAO', 'LAW'],
  source: 'computed',
  metric: 'activePartners',
  statusReason: { zh: '按计划线应达 24，实际 20', en: 'Plan line 24, actual 20' },
  missing: null,
  records: null,
  byDepartment: {},
  enteredBy: null,
  enteredAt: null,
};

const report: TargetsReport = {
  asOf: '2026-11-27T08:00:00.000Z',
  year: 2024,
  plan: { id: 'p', code: '14th', name: { zh: '十四五', en: '14th' }, startYear: 2021, endYear: 2025 },
  plans: [],
  problems: [],
  tasks: [],
  targets: [
    {
      ...base,
      code: 'T1',
      title: { zh: '=合作院校数', en: '=Partners' },
      targetText: '30所',
      actual: 20,
      denominator: null,
      status: 'behind',
      byYear: [
        { year: 2021, actual: 12, planned: 6, denominator: null, missing: null, records: null },
        { year: 2024, actual: 20, planned: 24, denominator: null, missing: null, records: null },
      ],
    },
    {
      ...base,
      code: 'T2',
      title: { zh: '学生出国比例', en: 'Students abroad' },
      targetText: '+5%',
      actual: null,
      denominator: null,
      status: 'noData',
      responsibleDepartments: [],
      missing: { zh: '缺少 2024 年的在校生人数', en: 'No 2024 student count' },
      statusReason: { zh: '没有数据', en: 'No data' },
      byYear: [],
    },
  ],
};

const names = (code: string) => ({ FAO: '外事办', LAW: '法学院' })[code] ?? code;

describe('the targets table as a spreadsheet', () => {
  it("has the columns in the reader's language and a per-year figure column for each year of the plan", () => {
    const [head] = targetsSheetRows(report, 'zh', names);
    expect(head).toEqual([
      '编号',
      '指标',
      '目标值',
      '实际',
      '分母',
      '状态',
      '判定规则',
      '责任部门',
      '2021年实际',
      '2022年实际',
      '2023年实际',
      '2024年实际',
      '2025年实际',
    ]);
    expect(targetsSheetRows(report, 'en')[0]!.slice(0, 3)).toEqual(['Code', 'Target', 'Target as written']);
  });

  it('writes a target a row: the target as written, numbers as numbers, status with its rule, departments by name', () => {
    const rows = targetsSheetRows(report, 'zh', names);
    expect(rows[1]).toEqual([
      'T1',
      '=合作院校数',
      '30所',
      20,
      null,
      '滞后',
      '按计划线应达 24，实际 20',
      '外事办、法学院',
      12,
      null,
      null,
      20,
      null,
    ]);
  });

  it('leaves a missing figure empty, never 0, and says why beside the rule', () => {
    const rows = targetsSheetRows(report, 'en');
    expect(rows[2]!.slice(3, 8)).toEqual([null, null, 'No data', 'No data; No 2024 student count', '']);
    expect(rows[2]!.slice(8)).toEqual([null, null, null, null, null]);
  });

  it('writes an xlsx where text starting with = or + stays text and figures stay numbers', () => {
    const name = targetsSheetName(report, 'zh');
    expect(name).toBe('指标 2024 14th');
    const rows = targetsSheetRows(report, 'zh', names);
    const book = XLSX.read(tableWorkbook({ name, rows, widths: targetsSheetWidths(rows) }), { type: 'buffer', cellFormula: true });
    const sheet = book.Sheets[name]!;
    expect(sheet.B2).toMatchObject({ t: 's', v: '=合作院校数' });
    expect(sheet.B2.f).toBeUndefined();
    expect(sheet.C3).toMatchObject({ t: 's', v: '+5%' });
    expect(sheet.D2).toMatchObject({ t: 'n', v: 20 });
    expect(sheet.I2).toMatchObject({ t: 'n', v: 12 });
    expect(sheet.D3).toBeUndefined();
  });
});

import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { EvaluationTable } from '../../../src-main/contract';
import { tableWorkbook } from '../../../src-main/services/xlsx/tableWorkbook';
import { evaluationHeaderKeys, evaluationRows, evaluationTable } from '../../../src-renderer/pages/targets/evaluationSheet';

const table: EvaluationTable = {
  asOf: '2026-11-27T08:00:00.000Z',
  year: 2026,
  departments: [
    {
      department: 'LAW',
      year: 2026,
      plannedCount: 4,
      doneCount: 3,
      completion: 0.75,
      results: [
        { register: 'delegation', count: 2 },
        { register: 'conference', count: 0 },
        { register: 'program', count: 1 },
      ],
      responsibleTargets: ['T3', 'T7'],
      suggestion: 'keep',
      suggestionReason: { zh: '完成 75%', en: '75% done' },
      adjustedSuggestion: 'increase',
      adjustmentNote: '=承办国际会议成效突出',
    },
    {
      department: 'HRO',
      year: 2026,
      plannedCount: 0,
      doneCount: 0,
      completion: null,
      results: [],
      responsibleTargets: [],
      suggestion: 'noPlan',
      suggestionReason: { zh: '没有年度计划', en: 'No annual plan' },
      adjustedSuggestion: null,
      adjustmentNote: '',
    },
  ],
};

const text = {
  headers: evaluationHeaderKeys.map((k) => k.toUpperCase()),
  department: (code: string) => ({ LAW: '法学院', HRO: '人事处' })[code] ?? code,
  register: (name: string) => ({ delegation: '团组', program: '交流项目', conference: '国际会议' })[name] ?? name,
  suggestion: (s: string) => `S:${s}`,
  reason: (d: EvaluationTable['departments'][number]) => d.suggestionReason.zh,
  separator: '、',
};

describe('the department evaluation as a spreadsheet', () => {
  it('has a header row, then a department a row with the suggestion computed, the adjustment and the one in force', () => {
    const rows = evaluationRows(table, text);
    expect(rows[0]).toHaveLength(evaluationHeaderKeys.length);
    expect(rows[1]).toEqual([
      '法学院',
      4,
      3,
      0.75,
      '团组 2、交流项目 1',
      'T3、T7',
      'S:keep',
      '完成 75%',
      'S:increase',
      'S:increase',
      '=承办国际会议成效突出',
    ]);
  });

  it('leaves the completion of a department without an annual plan empty rather than 0%', () => {
    const rows = evaluationRows(table, text);
    expect(rows[2]).toEqual(['人事处', 0, 0, null, '', '', 'S:noPlan', '没有年度计划', '', 'S:noPlan', '']);
  });

  it('writes an xlsx whose cells read back as written: numbers as numbers, a note starting with = as text', () => {
    const book = XLSX.read(tableWorkbook(evaluationTable(evaluationRows(table, text), '部门考核2026')), { type: 'buffer', cellNF: true });
    const sheet = book.Sheets['部门考核2026']!;
    expect(sheet.B2).toMatchObject({ t: 'n', v: 4 });
    expect(sheet.D2).toMatchObject({ t: 'n', v: 0.75, z: '0.0%' });
    expect(sheet.K2).toMatchObject({ t: 's', v: '=承办国际会议成效突出' });
    expect(sheet.K2.f).toBeUndefined();
    expect(sheet.D3).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { DepartmentEvaluation, TargetResult } from '../../../src-main/contract';
import {
  chartPoints,
  departmentShares,
  effectiveSuggestion,
  formatFigure,
  planYears,
  statusColor,
  worthCharting,
  yearInPlan,
} from '../../../src-renderer/pages/targets/targetView';

const result = (over: Partial<TargetResult>): TargetResult => ({
  target: 't',
  code: 'T1',
  number: 1,
  title: { zh: '目标', en: 'Target' },
  kind: 'count',
  horizon: 'byDate',
  dueYear: 2020,
  targetMin: 30,
  targetMax: 30,
  targetText: '30所',
  responsibleDepartments: ['FAO'],
  source: 'computed',
  metric: 'activePartners',
  actual: 9,
  denominator: null,
  status: 'behind',
  statusReason: { zh: '', en: '' },
  missing: null,
  records: null,
  byDepartment: {},
  byYear: [],
  enteredBy: null,
  enteredAt: null,
  ...over,
});

describe('target figures as the dashboard shows them', () => {
  it('prints a missing figure as nothing (the caller says what is missing), never 0', () => {
    expect(formatFigure('count', null)).toBeNull();
    expect(formatFigure('percent', null)).toBeNull();
    expect(formatFigure('count', Number.NaN)).toBeNull();
  });

  it('prints percentages with one decimal at most and counts as whole numbers', () => {
    expect(formatFigure('percent', 12.345)).toBe('12.3%');
    expect(formatFigure('percent', 30)).toBe('30%');
    expect(formatFigure('count', 9)).toBe('9');
    expect(formatFigure('range', 0)).toBe('0');
    expect(formatFigure('range', 0.25)).toBe('0.3');
  });

  it('gives every status its own colour and "no data" none of success', () => {
    expect(new Set(Object.values(statusColor)).size).toBe(5);
    expect(statusColor.noData).toBe('gray');
    expect(statusColor.met).toBe('green');
    expect(statusColor.behind).toBe('red');
  });
});

describe('the plan line chart', () => {
  const byYear = [
    { year: 2018, actual: null, planned: 18, denominator: null, missing: { zh: '缺', en: 'missing' }, records: null },
    { year: 2016, actual: 0, planned: 6, denominator: null, missing: null, records: null },
    { year: 2017, actual: 5, planned: 12, denominator: null, missing: null, records: null },
  ];

  it('orders the years and leaves a year without a figure as a gap, not 0', () => {
    expect(chartPoints(byYear)).toEqual([
      { year: '2016', actual: 0, planned: 6 },
      { year: '2017', actual: 5, planned: 12 },
      { year: '2018', actual: null, planned: 18 },
    ]);
  });

  it('is drawn only with two years or more, an actual figure and a plan line', () => {
    expect(worthCharting(byYear)).toBe(true);
    expect(worthCharting(byYear.slice(0, 1))).toBe(false);
    expect(worthCharting(byYear.map((f) => ({ ...f, actual: null })))).toBe(false);
    expect(worthCharting(byYear.map((f) => ({ ...f, planned: null })))).toBe(false);
  });
});

describe("a department's part in the targets", () => {
  const targets = [
    result({ target: 'a', code: 'T1', responsibleDepartments: ['FAO'], byDepartment: { FAO: 7, LAW: 2 } }),
    result({ target: 'b', code: 'T4', responsibleDepartments: ['FAO', 'HRO'], byDepartment: {} }),
    result({ target: 'c', code: 'T7', responsibleDepartments: ['RES'], byDepartment: { RES: 1 } }),
  ];

  it('lists the targets it answers for or contributed records to, with its count out of all counted', () => {
    expect(departmentShares(targets, 'LAW').map((s) => [s.target.code, s.count, s.total, s.responsible])).toEqual([['T1', 2, 9, false]]);
    expect(departmentShares(targets, 'FAO').map((s) => [s.target.code, s.count, s.total, s.responsible])).toEqual([
      ['T1', 7, 9, true],
      ['T4', 0, 0, true],
    ]);
    expect(departmentShares(targets, 'AAO')).toEqual([]);
  });
});

describe('plan years', () => {
  it('lists a plan period year by year and nothing for an inverted one', () => {
    expect(planYears(2026, 2030)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(planYears(2030, 2026)).toEqual([]);
  });

  it('looks at this year while the plan runs, otherwise at the nearest end', () => {
    expect(yearInPlan(2026, 2030, 2027)).toBe(2027);
    expect(yearInPlan(2016, 2020, 2026)).toBe(2020);
    expect(yearInPlan(2031, 2035, 2026)).toBe(2031);
  });
});

describe('the evaluation suggestion in force', () => {
  it("is the office's adjustment when it made one, the computed one otherwise", () => {
    const row = { suggestion: 'reduce', adjustedSuggestion: null } as DepartmentEvaluation;
    expect(effectiveSuggestion(row)).toBe('reduce');
    expect(effectiveSuggestion({ ...row, adjustedSuggestion: 'keep' })).toBe('keep');
  });
});

import type { DepartmentEvaluation, EvaluationSuggestion, TargetResult, TargetStatus, TargetYearFigure } from '../../../src-main/contract';

/** Green reached, teal on the line, orange slipping, red behind; grey says "no figure", never a colour of success. */
export const statusColor: Record<TargetStatus, string> = {
  met: 'green',
  onTrack: 'teal',
  atRisk: 'orange',
  behind: 'red',
  noData: 'gray',
};

/** Incentive green, cut red; the office's adjustment wins over the computed suggestion. */
export const suggestionColor: Record<EvaluationSuggestion, string> = {
  increase: 'green',
  keep: 'blue',
  reduce: 'red',
  noPlan: 'gray',
};

export const effectiveSuggestion = (d: DepartmentEvaluation): EvaluationSuggestion => d.adjustedSuggestion ?? d.suggestion;

/**
 * A figure as the dashboard prints it: percentages with at most one decimal and a % sign, counts as whole
 * numbers. Null stays null: the caller says what is missing instead of printing 0.
 */
export function formatFigure(kind: TargetResult['kind'], value: number | null): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (kind === 'percent') return `${Math.round(value * 10) / 10}%`;
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 10) / 10);
}

export interface ChartPoint {
  year: string;
  actual: number | null;
  planned: number | null;
}

/** The plan line and the actual figures per year; a year without a figure is a gap in the line, not a 0. */
export const chartPoints = (byYear: TargetYearFigure[]): ChartPoint[] =>
  [...byYear].sort((a, b) => a.year - b.year).map((f) => ({ year: String(f.year), actual: f.actual, planned: f.planned }));

/** A chart only says something with at least one actual figure and one planned one. */
export const worthCharting = (byYear: TargetYearFigure[]): boolean =>
  byYear.some((f) => f.actual !== null) && byYear.some((f) => f.planned !== null) && byYear.length > 1;

export interface DepartmentShare {
  target: TargetResult;
  /** Records of this department among those counted. */
  count: number;
  /** All records counted for the target. */
  total: number;
  responsible: boolean;
}

/** The targets a department answers for or contributes records to, with its part of each figure. */
export function departmentShares(targets: TargetResult[], department: string): DepartmentShare[] {
  return targets
    .map((target) => ({
      target,
      count: target.byDepartment[department] ?? 0,
      total: Object.values(target.byDepartment).reduce((a, b) => a + b, 0),
      responsible: target.responsibleDepartments.includes(department),
    }))
    .filter((s) => s.responsible || s.count > 0);
}

/** Years a plan covers, first to last; an inverted period gives none rather than a loop the wrong way. */
export const planYears = (startYear: number, endYear: number): number[] =>
  endYear < startYear ? [] : Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);

/** The year to look at in a plan: this year while the plan runs, otherwise its nearest end. */
export const yearInPlan = (startYear: number, endYear: number, today: number): number => Math.min(endYear, Math.max(startYear, today));

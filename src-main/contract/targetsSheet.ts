import { pick, type Locale } from './localized';
import type { TargetResult, TargetsReport, TargetStatus } from './targets';

/**
 * The targets table as spreadsheet rows, one description for the dashboard's "导出 Excel" (written in the renderer)
 * and `waiban targets --xlsx` (written by the CLI), so both files have the same columns. It lives in the contract
 * because that is the one module both sides may import; it is pure data shaping, no workbook.
 */
export type TargetsSheetCell = string | number | null;

export const targetStatusWords: Record<TargetStatus, { zh: string; en: string }> = {
  met: { zh: '达成', en: 'Met' },
  onTrack: { zh: '正常', en: 'On track' },
  atRisk: { zh: '风险', en: 'At risk' },
  behind: { zh: '滞后', en: 'Behind' },
  noData: { zh: '无数据', en: 'No data' },
};

const headers = {
  code: { zh: '编号', en: 'Code' },
  title: { zh: '指标', en: 'Target' },
  target: { zh: '目标值', en: 'Target as written' },
  actual: { zh: '实际', en: 'Actual' },
  denominator: { zh: '分母', en: 'Denominator' },
  status: { zh: '状态', en: 'Status' },
  rule: { zh: '判定规则', en: 'Rule' },
  departments: { zh: '责任部门', en: 'Responsible departments' },
};

/** The years the per-year columns cover: the plan's, else those any target has a figure for. */
function yearsOf(report: TargetsReport): number[] {
  if (report.plan) return Array.from({ length: report.plan.endYear - report.plan.startYear + 1 }, (_, i) => report.plan!.startYear + i);
  return [...new Set(report.targets.flatMap((t) => t.byYear.map((y) => y.year)))].sort((a, b) => a - b);
}

/** A percentage is written as the number shown (85 for 85 %), as the dashboard and the plan text write it. */
const figure = (t: TargetResult, year: number): TargetsSheetCell => t.byYear.find((y) => y.year === year)?.actual ?? null;

/**
 * Header row then a target a row: numbers stay numbers (a spreadsheet can sum them), a missing figure is an empty
 * cell (never 0), and the status is followed by the rule that decided it, in the reader's language.
 */
export function targetsSheetRows(
  report: TargetsReport,
  locale: Locale,
  departmentName: (code: string) => string = (code) => code,
): TargetsSheetCell[][] {
  const separator = locale === 'zh' ? '、' : ', ';
  const years = yearsOf(report);
  const head = [
    ...Object.values(headers).map((h) => pick(h, locale)),
    ...years.map((y) => (locale === 'zh' ? `${y}年实际` : `${y} actual`)),
  ];
  return [
    head,
    ...report.targets.map((t) => [
      t.code,
      pick(t.title, locale),
      t.targetText,
      t.actual,
      t.denominator,
      pick(targetStatusWords[t.status], locale),
      [pick(t.statusReason, locale), t.missing ? pick(t.missing, locale) : ''].filter(Boolean).join(locale === 'zh' ? '；' : '; '),
      t.responsibleDepartments.map(departmentName).join(separator),
      ...years.map((y) => figure(t, y)),
    ]),
  ];
}

/** The sheet's name: Excel allows 31 characters and none of []:*?/\. */
export const targetsSheetName = (report: TargetsReport, locale: Locale): string =>
  `${locale === 'zh' ? '指标' : 'Targets'} ${report.year}${report.plan ? ` ${report.plan.code}` : ''}`
    .replace(/[[\]:*?/\\]/g, '-')
    .slice(0, 31);

/** The targets sheet's column widths in characters: the title and the rule wide, the departments wider than figures. */
export const targetsSheetWidths = (rows: TargetsSheetCell[][]): number[] =>
  rows[0]!.map((_, c) => (c === 1 || c === 6 ? 40 : c === 7 ? 20 : 10));

import type { DepartmentEvaluation, EvaluationSuggestion, EvaluationTable, XlsxTable } from '../../../src-main/contract';
import { effectiveSuggestion } from './targetView';

/** How the sheet names what the table holds, in the interface language. */
export interface EvaluationSheetText {
  headers: string[];
  department: (code: string) => string;
  register: (name: string) => string;
  suggestion: (s: EvaluationSuggestion) => string;
  reason: (d: DepartmentEvaluation) => string;
  separator: string;
}

export const evaluationHeaderKeys = [
  'department',
  'planned',
  'done',
  'completion',
  'results',
  'responsibleTargets',
  'suggestion',
  'reason',
  'adjusted',
  'final',
  'note',
] as const;

/**
 * The table as rows of cells: a department a row, counts and the completion share as numbers (the share as a
 * fraction, so a spreadsheet can format and sum it), words where the table shows words. No plan: empty cell.
 */
export function evaluationRows(table: EvaluationTable, text: EvaluationSheetText): (string | number | null)[][] {
  return [
    text.headers,
    ...table.departments.map((d) => [
      text.department(d.department),
      d.plannedCount,
      d.doneCount,
      d.completion,
      d.results
        .filter((r) => r.count > 0)
        .map((r) => `${text.register(r.register)} ${r.count}`)
        .join(text.separator),
      d.responsibleTargets.join(text.separator),
      text.suggestion(d.suggestion),
      text.reason(d),
      d.adjustedSuggestion ? text.suggestion(d.adjustedSuggestion) : '',
      text.suggestion(effectiveSuggestion(d)),
      d.adjustmentNote,
    ]),
  ];
}

/** The rows as the one spreadsheet writer takes them: the completion column shows as a percentage. */
export const evaluationTable = (rows: (string | number | null)[][], name: string): XlsxTable => ({
  name,
  rows,
  widths: rows[0]!.map((_, c) => (c === 0 || c >= 4 ? 24 : 10)),
  percentColumns: [evaluationHeaderKeys.indexOf('completion')],
});

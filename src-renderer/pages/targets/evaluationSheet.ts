import * as XLSX from 'xlsx';
import type { DepartmentEvaluation, EvaluationSuggestion, EvaluationTable } from '../../../src-main/contract';
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

export const evaluationHeaderKeys = ['department', 'planned', 'done', 'completion', 'results', 'responsibleTargets', 'suggestion', 'reason', 'adjusted', 'final', 'note'] as const;

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
      d.results.filter((r) => r.count > 0).map((r) => `${text.register(r.register)} ${r.count}`).join(text.separator),
      d.responsibleTargets.join(text.separator),
      text.suggestion(d.suggestion),
      text.reason(d),
      d.adjustedSuggestion ? text.suggestion(d.adjustedSuggestion) : '',
      text.suggestion(effectiveSuggestion(d)),
      d.adjustmentNote,
    ]),
  ];
}

/** The rows as an .xlsx file; the completion column shows as a percentage. */
export function evaluationWorkbook(rows: (string | number | null)[][], sheetName: string): ArrayBuffer {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  const completion = evaluationHeaderKeys.indexOf('completion');
  for (let r = 1; r < rows.length; r++) {
    const cell = sheet[XLSX.utils.encode_cell({ r, c: completion })] as XLSX.CellObject | undefined;
    if (cell?.t === 'n') cell.z = '0.0%';
  }
  sheet['!cols'] = rows[0]!.map((_, c) => ({ wch: c === 0 || c >= 4 ? 24 : 10 }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetName);
  return XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
}

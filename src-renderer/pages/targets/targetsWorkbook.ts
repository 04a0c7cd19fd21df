import * as XLSX from 'xlsx';
import type { TargetsSheetCell } from '../../../src-main/contract';

/**
 * The targets table (rows from the contract's targetsSheetRows, the same the CLI writes) as an .xlsx file.
 * Every text is a shared-string cell, which no spreadsheet evaluates, so "=1+1" in a title stays text.
 */
export function targetsWorkbook(rows: TargetsSheetCell[][], sheetName: string): ArrayBuffer {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!cols'] = rows[0]!.map((_, c) => ({ wch: c === 1 || c === 6 ? 40 : c === 7 ? 20 : 10 }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetName);
  return XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true }) as ArrayBuffer;
}

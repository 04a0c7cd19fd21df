import type { SheetCell } from './cells';
import type { SheetColumn } from './columns';

/** A sheet as data: what the workbook writer turns into .xlsx. */
export interface SheetSpec {
  /** At most 31 characters, none of []:*?/\ (Excel's rule). */
  name: string;
  /** Read once, in order, as the sheet is written: an export pages through its records rather than holding them. */
  rows: Iterable<(SheetCell | null)[]>;
  /** Column widths in characters. */
  widths: number[];
  /** Header rows: bold and frozen. */
  headerRows: number;
  /** List validations: cells in `sqref` must be one of the cells `source` names. */
  validations?: { sqref: string; source: string }[];
}

/** 0 -> "A", 26 -> "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

const text = (v: string): SheetCell => ({ t: 's', v });

/** The two header rows every register sheet starts with: labels in Chinese, then in English. */
export const headerRows = (columns: SheetColumn[]): SheetCell[][] => [
  columns.map((c) => text(c.header.zh)),
  columns.map((c) => text(c.header.en)),
];

import * as XLSX from 'xlsx';
import type { SheetSpec } from '../../core/xlsx/sheet';
import { styleWorkbook, type SheetStyle } from './styleXml';

/** Text Excel or LibreOffice would take for a formula if a user re-entered the cell: kept as text with a quote prefix. */
const formulaLike = /^[=+\-@\t\r]/;

/**
 * Writes sheets to .xlsx bytes. SheetJS writes the cells, number formats and widths; what its community edition
 * cannot write (bold headers, frozen rows, list validation, quote-prefixed text) is added to the XML afterwards.
 */
export function workbookBytes(sheets: SheetSpec[]): Buffer {
  const book = XLSX.utils.book_new();
  const styles: SheetStyle[] = [];
  for (const spec of sheets) {
    const sheet: XLSX.WorkSheet = {};
    const quoted: string[] = [];
    let width = 1;
    spec.rows.forEach((row, r) => {
      width = Math.max(width, row.length);
      row.forEach((cell, c) => {
        if (!cell) return;
        const ref = XLSX.utils.encode_cell({ r, c });
        sheet[ref] = { ...cell };
        if (cell.t === 's' && formulaLike.test(cell.v)) quoted.push(ref);
      });
    });
    sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(spec.rows.length - 1, 0), c: width - 1 } });
    sheet['!cols'] = spec.widths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(book, sheet, spec.name);
    styles.push({ headerRows: spec.headerRows, quoted, validations: spec.validations ?? [] });
  }
  // Shared strings make every text a plain string cell ("s"), the kind no spreadsheet evaluates.
  const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer;
  return styleWorkbook(bytes, styles);
}

import type { SheetCell } from '../../core/xlsx/cells';
import { columnLetter, type SheetSpec } from '../../core/xlsx/sheet';
import type { SharedStrings } from './sharedStrings';
import { CellStyles, escapeXml } from './styleXml';
import { pieceChars } from './zipParts';

/** Text Excel or LibreOffice would take for a formula if a user re-entered the cell: kept as text with a quote prefix. */
const formulaLike = /^[=+\-@\t\r]/;

/** Excel's column width for a width in characters of its default font (7 pixels wide, 5 pixels of padding). */
const columnWidth = (chars: number) => Math.trunc(((chars * 7 + 5) / 7) * 256) / 256;

export interface WorkbookParts {
  styles: CellStyles;
  strings: SharedStrings;
}

function cellXml(ref: string, cell: SheetCell, style: number, { styles, strings }: WorkbookParts): string {
  if (cell.t === 'n' && Number.isFinite(cell.v)) {
    const s = style || (cell.z ? styles.number(cell.z) : 0);
    return `<c r="${ref}"${s ? ` s="${s}"` : ''}><v>${cell.v}</v></c>`;
  }
  // Every text is a shared string cell ("s"), the kind no spreadsheet evaluates; readers parse the table of texts
  // once, where a text in every cell (inline strings) took SheetJS 1.7x as long to read.
  const text = String(cell.v);
  const s = style || (formulaLike.test(text) ? CellStyles.quoted : 0);
  return `<c r="${ref}"${s ? ` s="${s}"` : ''} t="s"><v>${strings.index(text)}</v></c>`;
}

/**
 * A sheet as worksheet XML, in pieces, its rows read as they are needed: bold frozen header rows, column widths,
 * list validations. Cell formats and texts are numbered in `parts`, which the workbook writes once every sheet is.
 */
export function* sheetXml(spec: SheetSpec, parts: WorkbookParts): Generator<string> {
  const pane = spec.headerRows
    ? `<pane ySplit="${spec.headerRows}" topLeftCell="A${spec.headerRows + 1}" activePane="bottomLeft" state="frozen"/>`
    : '';
  const cols = spec.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${columnWidth(w)}" customWidth="1"/>`).join('');
  let piece =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    '<sheetData>';
  const letters: string[] = [];
  let r = 0;
  for (const row of spec.rows) {
    r++;
    const style = r <= spec.headerRows ? CellStyles.bold : 0;
    piece += `<row r="${r}">`;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell) piece += cellXml((letters[c] ??= columnLetter(c)) + r, cell, style, parts);
    }
    piece += '</row>';
    if (piece.length >= pieceChars) {
      yield piece;
      piece = '';
    }
  }
  piece += '</sheetData>';
  if (spec.validations?.length) {
    const items = spec.validations
      .map(
        (v) =>
          `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${v.sqref}"><formula1>${escapeXml(v.source)}</formula1></dataValidation>`,
      )
      .join('');
    piece += `<dataValidations count="${spec.validations.length}">${items}</dataValidations>`;
  }
  yield `${piece}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

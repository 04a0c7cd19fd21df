import type { XlsxTable } from '../../contract';
import type { SheetCell } from '../../core/xlsx/cells';
import { sheetName } from '../../core/xlsx/sheet';
import { workbookBytes } from './workbook';

/**
 * A table as a one-sheet workbook, its first row the bold, frozen header. Every text is a text cell (the writer has
 * no formula kind), so "=1+1" in a title stays text; a share in a percent column shows as 12.5%.
 */
export function tableWorkbook(table: XlsxTable): Buffer {
  const percent = new Set(table.percentColumns ?? []);
  const rows = table.rows.map((row, r) =>
    row.map((v, c): SheetCell | null => {
      if (v === null) return null;
      if (typeof v === 'string') return { t: 's', v };
      return r > 0 && percent.has(c) ? { t: 'n', v, z: '0.0%' } : { t: 'n', v };
    }),
  );
  return workbookBytes([{ name: sheetName(table.name), rows, widths: table.widths, headerRows: 1 }]);
}

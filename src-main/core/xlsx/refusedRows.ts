import type { RegisterDef, SheetImportReport } from '../../contract';
import { dateFormat, type SheetCell } from './cells';
import type { RawCell } from './readSheet';
import { columnLetter, sheetName, type SheetSpec } from './sheet';

const reasonHeaders = { zh: '原因', en: 'Reason' };

/**
 * The rows an import refused, as a sheet to fix and import again: the sheet's own header rows and columns, each
 * refused row as it was, and its reasons (every refused cell: column, header, value, why) in 原因 and Reason.
 * A second header row gets no reason headers, so the file is still read as having two header rows.
 */
export function refusedRowsSheet(def: RegisterDef, rows: RawCell[][], headerRows: number, report: SheetImportReport): SheetSpec {
  const width = Math.max(0, ...rows.slice(0, headerRows).map((r) => r.length));
  const dateColumns = new Set(
    report.columns.filter((c) => def.fields.find((f) => f.key === c.field)?.type === 'date').map((c) => c.column),
  );
  const reasons = new Map<number, { zh: string[]; en: string[] }>();
  for (const r of report.rowsRefused) {
    let reason = reasons.get(r.row);
    if (!reason) reasons.set(r.row, (reason = { zh: [], en: [] }));
    const where = r.column ? `${r.column}「${r.header}」${r.value ? `“${r.value}”` : ''}：` : '';
    reason.zh.push(`${where}${r.reason.zh}`);
    reason.en.push(`${where}${r.reason.en}`);
  }
  const cell = (value: RawCell | undefined, column: number): SheetCell | null => {
    if (value === null || value === undefined || value === '') return null;
    if (typeof value === 'number')
      return dateColumns.has(columnLetter(column)) ? { t: 'n', v: value, z: dateFormat } : { t: 'n', v: value };
    if (typeof value === 'boolean') return { t: 's', v: value ? '是' : '否' };
    return { t: 's', v: value };
  };
  const line = (values: RawCell[]) => Array.from({ length: width }, (_, c) => cell(values[c], c));
  function* sheetRows(): Generator<(SheetCell | null)[]> {
    for (let r = 0; r < headerRows; r++) {
      yield [
        ...line(rows[r] ?? []),
        ...(r === 0 ? [{ t: 's', v: reasonHeaders.zh } as const, { t: 's', v: reasonHeaders.en } as const] : []),
      ];
    }
    for (const [row, reason] of [...reasons].sort(([a], [b]) => a - b)) {
      yield [...line(rows[row - 1] ?? []), { t: 's', v: reason.zh.join('\n') }, { t: 's', v: reason.en.join('\n') }];
    }
  }
  return {
    name: sheetName(`${def.label.zh}-未导入`),
    rows: sheetRows(),
    widths: [...Array.from({ length: width }, () => 16), 50, 50],
    headerRows,
  };
}

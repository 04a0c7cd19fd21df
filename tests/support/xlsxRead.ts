import * as XLSX from 'xlsx';

/** A sheet of a written workbook read back with SheetJS, cells as objects (type, value, formula). */
export function readSheet(bytes: Buffer, sheet?: string) {
  const book = XLSX.read(bytes, { type: 'buffer', cellFormula: true, cellNF: true });
  const ws = book.Sheets[sheet ?? book.SheetNames[0]!]!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
  /** The cell under a header (English, row 2) in the given data row (0 = first record). */
  const cell = (enHeader: string, row = 0): XLSX.CellObject | undefined => {
    const col = (rows[1] ?? []).indexOf(enHeader);
    if (col < 0) throw new Error(`no column "${enHeader}"`);
    return ws[XLSX.utils.encode_cell({ r: row + 2, c: col })] as XLSX.CellObject | undefined;
  };
  return { book, ws, rows, cell };
}

import type { RegisterDef } from '../../contract';
import { importable, sheetColumns, type SheetColumn } from './columns';
import type { RawCell } from './readSheet';
import { foldWord, headerWords } from './words';

/** Header text as compared: full-width folded to half-width (NFKC), no spaces, case ignored, no required mark. */
export const foldText = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\s*]+/g, '')
    .toLowerCase();

export interface HeaderMapping {
  /** Sheet column index -> the column it fills. */
  columns: Map<number, SheetColumn>;
  /** 1 or 2: whether row 2 is the English header row an export and a template write. */
  headerRows: number;
  /** Headers matching no field, by column index: reported, not fatal. */
  unknown: { column: number; header: string }[];
}

/**
 * Which sheet column fills which field, from the register definition: the labels an export writes (zh in row 1,
 * en in row 2), then the words offices use for them (sheetWords), compared folded (foldWord). Derived and file columns and the readable text of tables match but are left out:
 * derived values are computed, files are not in a sheet, and a table is read back from its JSON column.
 */
export function mapHeaders(def: RegisterDef, rows: RawCell[][]): HeaderMapping {
  const byHeader = new Map<string, SheetColumn | null>();
  for (const column of sheetColumns(def, 'export')) {
    const readable = !column.field || (importable(column.field) && column.encoding !== 'tableText');
    for (const label of [column.header.zh, column.header.en])
      if (!byHeader.has(foldWord(label))) byHeader.set(foldWord(label), readable ? column : null);
  }
  // The words offices use (core/registers/sheetWords), where no label of the register reads the same.
  const synonyms = new Set<string>();
  for (const field of def.fields) {
    const column = byHeader.get(foldWord(field.label.zh));
    if (column === undefined) continue;
    for (const word of headerWords(def.name, field.key)) {
      if (byHeader.has(foldWord(word))) continue;
      byHeader.set(foldWord(word), column);
      synonyms.add(foldWord(word));
    }
  }
  const lookup = (cell: RawCell | undefined) => (cell === null || cell === undefined ? undefined : byHeader.get(foldWord(String(cell))));
  const second = rows[1] ?? [];
  const filled = second.filter((c) => c !== null && String(c).trim() !== '');
  const headerRows = filled.length > 0 && filled.every((c) => lookup(c) !== undefined) ? 2 : 1;
  const columns = new Map<number, SheetColumn>();
  const unknown: HeaderMapping['unknown'] = [];
  const taken = new Set<string>();
  const headers = (rows[0] ?? []).map((cell, index) => ({
    cell,
    index,
    column: cell === null || String(cell).trim() === '' ? null : (lookup(cell) ?? (headerRows === 2 ? lookup(second[index]) : undefined)),
  }));
  // A field's own label takes its field before a synonym does, wherever the two columns stand.
  const bySynonym = (h: (typeof headers)[number]) => Number(synonyms.has(foldWord(String(h.cell))));
  for (const { cell, index, column } of [...headers].sort((a, b) => bySynonym(a) - bySynonym(b) || a.index - b.index)) {
    if (cell === null || String(cell).trim() === '') continue;
    if (column === undefined) {
      unknown.push({ column: index, header: String(cell) });
      continue;
    }
    if (column === null) continue;
    const name = `${column.key}:${column.encoding}`;
    // A second column for the same field is reported rather than left to overwrite the first.
    if (taken.has(name)) {
      unknown.push({ column: index, header: String(cell) });
      continue;
    }
    taken.add(name);
    columns.set(index, column);
  }
  unknown.sort((a, b) => a.column - b.column);
  return { columns: new Map([...columns].sort(([a], [b]) => a - b)), headerRows, unknown };
}

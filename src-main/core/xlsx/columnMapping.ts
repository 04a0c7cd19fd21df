import { AppError, type ColumnMapping, type FieldChoice, type RegisterDef } from '../../contract';
import { idHeader, importable, sheetColumns, type SheetColumn } from './columns';
import type { HeaderMapping } from './headers';
import { foldWord } from './words';
import type { RawCell } from './readSheet';
import { columnLetter } from './sheet';

/**
 * The columns a person may map a sheet column onto: every field an import sets (and the record id), one column per
 * field. A reference is mapped onto its title column: its title or id is read from it (an id names the record).
 */
export function mappableColumns(def: RegisterDef): SheetColumn[] {
  return sheetColumns(def, 'export').filter(
    (c) => !c.field || (importable(c.field) && c.encoding !== 'tableText' && c.encoding !== 'refId'),
  );
}

export const fieldChoices = (def: RegisterDef): FieldChoice[] =>
  mappableColumns(def).map((c) => ({ field: c.key, label: c.field?.label ?? idHeader }));

const refuse = (zh: string, en: string) => new AppError('VALIDATION', { zh, en });

/**
 * The mapping the headers proposed, changed where a person chose otherwise (column letter -> field key, or null
 * for "not imported"). A choice naming no field of the register, a column the sheet has no header in, or two columns
 * on one field is refused as a whole, so nothing is imported under a mapping nobody meant.
 */
export function adjustMapping(def: RegisterDef, rows: RawCell[][], proposed: HeaderMapping, chosen: ColumnMapping): HeaderMapping {
  const byKey = new Map(mappableColumns(def).map((c) => [c.key, c]));
  const headers = rows[0] ?? [];
  const indexOf = new Map(headers.map((_, i) => [columnLetter(i), i]));
  const columns = new Map(proposed.columns);
  const unknown = new Map(proposed.unknown.map((u) => [u.column, u.header]));
  for (const [letter, key] of Object.entries(chosen)) {
    const index = indexOf.get(letter.toUpperCase());
    const header = index === undefined ? '' : String(headers[index] ?? '').trim();
    if (index === undefined || !header) {
      throw refuse(
        `表格第 ${letter} 列没有表头，无法指定其对应字段。`,
        `Column ${letter} of the sheet has no header, so it cannot be mapped.`,
      );
    }
    if (key === null) {
      columns.delete(index);
      unknown.set(index, header);
      continue;
    }
    const column = byKey.get(key);
    if (!column) {
      throw refuse(
        `「${def.label.zh}」没有可导入的字段「${key}」（第 ${letter} 列）。`,
        `${def.label.en} has no importable field "${key}" (column ${letter}).`,
      );
    }
    columns.set(index, column);
    unknown.delete(index);
  }
  const seen = new Map<string, number>();
  for (const [index, column] of [...columns].sort(([a], [b]) => a - b)) {
    // An export's reference id column sits beside its title column on the same field, as the headers map it.
    const name = `${column.key}:${column.encoding}`;
    const before = seen.get(name);
    if (before !== undefined) {
      const label = column.field?.label ?? idHeader;
      throw refuse(
        `第 ${columnLetter(before)} 列和第 ${columnLetter(index)} 列都对应「${label.zh}」，一个字段只能由一列导入。`,
        `Columns ${columnLetter(before)} and ${columnLetter(index)} both map to "${label.en}"; a field is imported from one column only.`,
      );
    }
    seen.set(name, index);
  }
  return {
    columns,
    headerRows: proposed.headerRows,
    unknown: [...unknown].sort(([a], [b]) => a - b).map(([column, header]) => ({ column, header })),
  };
}

/**
 * A mapping written against header text (the CLI's `--map "合作院校=partner"`) as the column letters the sheet
 * has them under; a header the sheet does not have is refused rather than ignored.
 */
export function mappingByHeader(rows: RawCell[][], byHeader: Record<string, string | null>): ColumnMapping {
  const out: ColumnMapping = {};
  for (const [header, key] of Object.entries(byHeader)) out[letterOfHeader(rows, header)] = key;
  return out;
}

/** The letter of the column under a header (compared folded); a header the sheet does not have is refused. */
export function letterOfHeader(rows: RawCell[][], header: string): string {
  const index = (rows[0] ?? []).findIndex((h) => foldWord(h === null ? '' : String(h)) === foldWord(header));
  if (index < 0) throw refuse(`表格的表头中没有「${header}」。`, `The sheet has no header "${header}".`);
  return columnLetter(index);
}

import type { FieldDef, Localized, RegisterDef } from '../../contract';

/**
 * The columns of a register's sheet, derived from its definition so a spreadsheet never describes the fields a
 * second time. Each column carries the field key it maps to; the two header rows are the field's zh and en labels.
 *
 * - `id` first in exports: the record's id, the stable key a later import matches on.
 * - Derived fields are exported (they are what the office reports) but left out of templates: they are computed.
 * - A table (members, legs, checklist) is two columns: a readable text cell, one line per row, and a JSON cell
 *   holding the rows exactly as stored (ids, enum values), which is what an import reads back.
 * - Files are exported by name only and never imported: the document itself lives in the data folder.
 * - A reference is the referred record's title, and in exports also its id in the next column: titles repeat
 *   (two partners of one name in different countries), so an import reads the id where it names a record.
 */
export type ColumnEncoding = 'value' | 'tableText' | 'tableJson' | 'refId';

export interface SheetColumn {
  key: string;
  header: Localized;
  encoding: ColumnEncoding;
  /** Absent for the id column. */
  field?: FieldDef;
  /** Approximate width in characters. */
  width: number;
}

export type SheetPurpose = 'export' | 'template';

export const idHeader: Localized = { zh: '记录编号', en: 'Record id' };

const widthOf = (field: FieldDef): number => {
  switch (field.type) {
    case 'longText':
    case 'table':
      return 40;
    case 'date':
    case 'money':
    case 'decimal':
      return 14;
    case 'boolean':
    case 'integer':
    case 'department':
      return 10;
    default:
      return Math.min(30, Math.max(12, (field.maxLength ?? 60) / 4));
  }
};

/** Whether a field's column can be filled in and read back by an import. */
export const importable = (field: FieldDef): boolean => !field.derived && field.type !== 'file';

export function sheetColumns(def: RegisterDef, purpose: SheetPurpose): SheetColumn[] {
  const columns: SheetColumn[] = purpose === 'export' ? [{ key: 'id', header: idHeader, encoding: 'value', width: 38 }] : [];
  for (const field of def.fields) {
    if (purpose === 'template' && (!importable(field) || field.type === 'table')) continue;
    if (field.type === 'table') {
      columns.push({ key: field.key, header: field.label, encoding: 'tableText', field, width: 40 });
      columns.push({
        key: field.key,
        header: { zh: `${field.label.zh}（数据）`, en: `${field.label.en} (JSON)` },
        encoding: 'tableJson',
        field,
        width: 20,
      });
    } else {
      columns.push({ key: field.key, header: field.label, encoding: 'value', field, width: widthOf(field) });
      if (purpose === 'export' && field.type === 'ref') {
        columns.push({
          key: field.key,
          header: { zh: `${field.label.zh}（编号）`, en: `${field.label.en} (id)` },
          encoding: 'refId',
          field,
          width: 20,
        });
      }
    }
  }
  return columns;
}

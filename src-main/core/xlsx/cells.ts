import {
  AppError,
  baseCurrency,
  currencyDigits,
  type CellValue,
  type FieldDef,
  type FieldValue,
  type FileRef,
  type TableRow,
} from '../../contract';
import type { SheetColumn } from './columns';

/**
 * A cell as the workbook writer takes it: text or a number with a number format. There is no formula kind, so
 * nothing a record holds (`=1+1`, `+86 138…`, `-5`, `@x`) can become one: every text is a text cell.
 */
export type SheetCell = { t: 's'; v: string } | { t: 'n'; v: number; z?: string };

export type TitleOf = (register: string, id: string) => string | undefined;

export const dateFormat = 'yyyy-mm-dd';

/** Excel and LibreOffice refuse longer text in one cell. */
export const maxCellText = 32767;

const excelEpoch = Date.UTC(1899, 11, 30);

/** "2019-05-01" -> the Excel date serial (days since 1899-12-30), computed in UTC so no time zone shifts it. */
export function excelSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return (utc - excelEpoch) / 86_400_000;
}

/** Amounts are shown in the currency's units (yuan, not fen), with its decimals. */
export const moneyFormat = (digits: number): string => (digits ? `#,##0.${'0'.repeat(digits)}` : '#,##0');

const optionLabel = (field: FieldDef, value: string): string => field.options?.find((o) => o.value === value)?.label.zh ?? value;

const isFileRef = (value: unknown): value is FileRef => typeof value === 'object' && value !== null && 'sha256' in value;

/** One value as words: what the readable table cell and plain text columns show. */
function valueText(field: FieldDef, value: CellValue, titleOf: TitleOf): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map((v) => (field.type === 'enumList' ? optionLabel(field, v) : v)).join('、');
  if (isFileRef(value)) return value.name;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (field.type === 'enum' && typeof value === 'string') return optionLabel(field, value);
  if (field.type === 'ref' && field.ref && typeof value === 'string') return titleOf(field.ref, value) ?? value;
  return String(value);
}

/** A switch in a row reads as its column's name when on and is left out when off ("对方供餐"), not as a bare 是/否. */
const cellText = (column: FieldDef, value: CellValue, titleOf: TitleOf): string =>
  column.type === 'boolean' ? (value ? column.label.zh : '') : valueText(column, value, titleOf);

/** A table as one line per row, its cells by their zh labels in the column order: "张三 / 团长". */
function tableText(field: FieldDef, rows: TableRow[], titleOf: TitleOf): string {
  const text = rows
    .map((row) =>
      (field.columns ?? [])
        .map((c) => cellText(c, row[c.key] ?? null, titleOf))
        .filter(Boolean)
        .join(' / '),
    )
    .join('\n');
  return text.length > maxCellText ? `${text.slice(0, maxCellText - 1)}…` : text;
}

function tableJson(field: FieldDef, rows: TableRow[], recordId: string): string {
  const json = JSON.stringify(rows);
  if (json.length > maxCellText) {
    throw new AppError('VALIDATION', {
      zh: `记录 ${recordId} 的「${field.label.zh}」太长，超出表格单元格的 ${maxCellText} 个字符上限`,
      en: `"${field.label.en}" of record ${recordId} is longer than a spreadsheet cell's ${maxCellText} characters`,
    });
  }
  return json;
}

function valueCell(field: FieldDef, value: CellValue, values: Record<string, FieldValue>, titleOf: TitleOf): SheetCell {
  switch (field.type) {
    case 'date': {
      const serial = typeof value === 'string' ? excelSerial(value) : null;
      return serial === null ? { t: 's', v: String(value) } : { t: 'n', v: serial, z: dateFormat };
    }
    case 'money': {
      const currency = field.currencyField ? (values[field.currencyField] as string | null) : baseCurrency;
      const digits = currencyDigits(currency);
      return { t: 'n', v: Number(value) / 10 ** digits, z: moneyFormat(digits) };
    }
    case 'integer':
      return { t: 'n', v: Number(value) };
    case 'decimal': {
      // Rates are at most 14 significant digits, which a double and a spreadsheet both hold exactly.
      const n = Number(value);
      return Number.isFinite(n) ? { t: 'n', v: n } : { t: 's', v: String(value) };
    }
    default:
      return { t: 's', v: valueText(field, value, titleOf) };
  }
}

/**
 * One record's row of cells, in column order (null for an empty cell). The values are the record as the list
 * shows it, so masked fields (passport numbers) arrive masked and stay masked in the file.
 */
export function rowCells(
  columns: SheetColumn[],
  record: { id: string; values: Record<string, FieldValue> },
  titleOf: TitleOf,
): (SheetCell | null)[] {
  return columns.map((column) => {
    if (!column.field) return { t: 's', v: record.id };
    const value = record.values[column.key];
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return null;
    if (column.encoding === 'tableText') return { t: 's', v: tableText(column.field, value as TableRow[], titleOf) };
    if (column.encoding === 'tableJson') return { t: 's', v: tableJson(column.field, value as TableRow[], record.id) };
    if (column.encoding === 'refId') return { t: 's', v: String(value) };
    return valueCell(column.field, value as CellValue, record.values, titleOf);
  });
}

import {
  baseCurrency,
  currencyDigits,
  formatAmount,
  type EnumOption,
  type FieldDef,
  type FieldValue,
  type FileRef,
  type TableRow,
} from '../../../src-main/contract';
import { formatBytes } from '../../util/format';

export const isFileRef = (v: FieldValue | undefined): v is FileRef =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'sha256' in v;

export const isEmpty = (v: FieldValue | undefined): boolean =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

export const findOption = (field: FieldDef, value: string): EnumOption | undefined => field.options?.find((o) => o.value === value);

/** What a value reads as in plain text (history, tooltips); lookups for labels are passed in. */
export interface TextLookups {
  l: (text: EnumOption['label']) => string;
  department: (code: string) => string;
  ref: (id: string) => string;
  yes: string;
  no: string;
  /** Between the items of a list: 、 in Chinese, a comma in English. */
  separator: string;
}

/** A money field's currency: read from the record or row it belongs to, CNY when it names none. */
export const currencyOf = (field: FieldDef, siblings?: Record<string, FieldValue | undefined>): string =>
  field.currencyField ? String(siblings?.[field.currencyField] ?? baseCurrency) : baseCurrency;

/** Minor units as the amount people write, in the currency's digits ("1,234.56", "20,000" yen). */
export const moneyText = (field: FieldDef, minor: number, siblings?: Record<string, FieldValue | undefined>): string =>
  formatAmount(minor, currencyDigits(currencyOf(field, siblings)));

/** `siblings`: the record or row the value belongs to (a money field's currency is there). */
export function valueText(
  field: FieldDef,
  value: FieldValue | undefined,
  x: TextLookups,
  siblings?: Record<string, FieldValue | undefined>,
): string {
  if (isEmpty(value)) return '';
  if (field.type === 'money' && typeof value === 'number') return moneyText(field, value, siblings);
  if (isFileRef(value)) return `${value.name} (${formatBytes(value.size)})`;
  if (field.type === 'table') return tableText(field, value as TableRow[], x);
  const list = Array.isArray(value) ? (value as string[]) : [String(value)];
  switch (field.type) {
    case 'enum':
    case 'enumList':
      return list
        .map((v) => {
          const o = findOption(field, v);
          return o ? x.l(o.label) : v;
        })
        .join(x.separator);
    case 'department':
    case 'departmentList':
      return list.map(x.department).join(x.separator);
    case 'ref':
      return x.ref(String(value));
    case 'boolean':
      return value ? x.yes : x.no;
    default:
      return list.join(x.separator);
  }
}

/** One table row in one line: its cells joined. */
export const rowText = (field: FieldDef, row: TableRow, x: TextLookups): string =>
  (field.columns ?? [])
    .map((c) => valueText(c, row[c.key], x, row))
    .filter(Boolean)
    .join(' ');

/** A table in one line: rows separated by semicolons. */
const tableText = (field: FieldDef, rows: TableRow[], x: TextLookups): string => rows.map((row) => rowText(field, row, x)).join('; ');

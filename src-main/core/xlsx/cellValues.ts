import { baseCurrency, currencyDigits, parseAmount, type FieldDef, type FieldValue, type Localized } from '../../contract';
import { foldText } from './headers';
import type { RawCell } from './readSheet';

/** What a cell refers to by name, looked up in the database: ids of the live records (or departments) it names. */
export interface NameLookups {
  /** Ids of live records of `register` whose title, folded, is the text; or whose id is the text. */
  records(register: string, text: string): string[];
  /** Codes of live departments whose code or zh/en name, folded, is the text. */
  departments(text: string): string[];
}

export type Converted = { value: FieldValue } | { reason: Localized };

const refuse = (zh: string, en: string): Converted => ({ reason: { zh, en } });

/** 1970-01-01 as an Excel serial (days since 1899-12-30). */
const excelEpochDays = 25_569;
/** 9999-12-31, the last date a spreadsheet holds. */
const lastSerial = 2958465;

const isoOf = (y: number, m: number, d: number): string | null => {
  const t = Date.UTC(y, m - 1, d);
  const date = new Date(t);
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
};

/** "2019-05-01", "2019/5/1", "2019.5.1", "2019年5月1日", with or without a time after it. */
const datePattern = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT].*)?$/;

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Days since 1970-01-01 as "2019-05-01", by the civil-from-days arithmetic (proleptic Gregorian, as Date counts):
 * an import reads a date in many cells of every row, and a Date with its ISO text for each was a cost of its own.
 */
function isoOfDays(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return `${yearOfEra + era * 400 + (month <= 2 ? 1 : 0)}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** A date cell (Excel serial number) or date text -> "2019-05-01", computed in UTC so no time zone shifts it. */
export function dateOf(cell: RawCell): string | null {
  if (typeof cell === 'number') {
    if (cell < 1 || cell > lastSerial) return null;
    return isoOfDays(Math.floor(cell) - excelEpochDays);
  }
  const m = datePattern.exec(String(cell).normalize('NFKC').trim());
  return m ? isoOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const truth = new Set(['是', 'yes', 'y', 'true', '1', '√', '✓']);
const falsehood = new Set(['否', 'no', 'n', 'false', '0', '×']);

function booleanOf(cell: RawCell): boolean | null {
  if (typeof cell === 'boolean') return cell;
  const text = foldText(String(cell));
  return truth.has(text) ? true : falsehood.has(text) ? false : null;
}

/**
 * Each choice field's options by folded value and labels, built once: a sheet asks for them in every row. `exact`
 * answers a value or label as written (what an export writes) without folding it, as the folded lookup would.
 */
const optionIndexes = new WeakMap<FieldDef, { folded: Map<string, string>; exact: Map<string, string> }>();

function optionOf(field: FieldDef, text: string): string | null {
  let index = optionIndexes.get(field);
  if (!index) {
    const folded = new Map<string, string>();
    const exact = new Map<string, string>();
    // Later options do not replace earlier ones, as the first match won before the index existed.
    for (const o of field.options ?? []) for (const l of [o.value, o.label.zh, o.label.en]) if (!folded.has(foldText(l))) folded.set(foldText(l), o.value);
    for (const o of field.options ?? []) for (const l of [o.label.zh, o.label.en]) exact.set(l, folded.get(foldText(l))!);
    // A value is itself before any label that folds like it.
    for (const o of field.options ?? []) exact.set(o.value, o.value);
    optionIndexes.set(field, (index = { folded, exact }));
  }
  return index.exact.get(text) ?? index.folded.get(foldText(text)) ?? null;
}

/** Items of a list cell: the export joins them with 、; offices also use commas and semicolons. */
const itemsOf = (text: string): string[] => text.split(/[、,，;；\n]/).map((s) => s.trim()).filter(Boolean);

function oneOf(found: string[], label: Localized, text: string): Converted {
  if (found.length === 1) return { value: found[0]! };
  if (found.length === 0) return refuse(`找不到「${text}」（${label.zh}）`, `No ${label.en} named "${text}"`);
  return refuse(`「${text}」对应多条${label.zh}记录，无法确定是哪一条`, `"${text}" names ${found.length} records of ${label.en}; which one is unclear`);
}

/**
 * One cell as the value of its field, or the reason it cannot be one. Only the shape is checked here (a date, an
 * option, an amount); required fields, lengths and rules are checked by saving the record, as in the form.
 */
export function cellValue(field: FieldDef, cell: RawCell, row: Record<string, FieldValue>, names: NameLookups): Converted {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { value: null };
  const text = typeof cell === 'string' ? cell.trim() : String(cell);
  switch (field.type) {
    case 'date': {
      const iso = dateOf(cell);
      return iso ? { value: iso } : refuse(`不是日期（可写作 2019-05-01、2019/5/1 或 2019年5月1日）`, 'Not a date (write 2019-05-01, 2019/5/1 or 2019年5月1日)');
    }
    case 'money': {
      const digits = currencyDigits(field.currencyField ? (row[field.currencyField] as string | null) : baseCurrency);
      // A number cell may carry binary noise (12345.670000001) from a spreadsheet's arithmetic.
      const minor = parseAmount(typeof cell === 'number' ? cell.toFixed(digits) : text, digits);
      return minor === null ? refuse(`不是金额（最多 ${digits} 位小数）`, `Not an amount (at most ${digits} decimals)`) : { value: minor };
    }
    case 'integer': {
      const n = Number(text.normalize('NFKC').replace(/[,，\s]/g, ''));
      return Number.isSafeInteger(n) ? { value: n } : refuse('不是整数', 'Not a whole number');
    }
    case 'boolean': {
      const b = booleanOf(cell);
      return b === null ? refuse('请填写“是”或“否”', 'Write yes or no') : { value: b };
    }
    case 'enum': {
      const value = optionOf(field, text);
      return value === null ? refuse(`不是可选项之一`, 'Not one of the options') : { value };
    }
    case 'enumList': {
      const values: string[] = [];
      for (const item of itemsOf(text)) {
        const value = optionOf(field, item);
        if (value === null) return refuse(`「${item}」不是可选项之一`, `"${item}" is not one of the options`);
        values.push(value);
      }
      return { value: values };
    }
    case 'department':
      return oneOf(names.departments(text), { zh: '部门', en: 'department' }, text);
    case 'departmentList': {
      const codes: string[] = [];
      for (const item of itemsOf(text)) {
        const found = oneOf(names.departments(item), { zh: '部门', en: 'department' }, item);
        if ('reason' in found) return found;
        codes.push(found.value as string);
      }
      return { value: codes };
    }
    case 'ref':
      return oneOf(names.records(field.ref!, text), field.label, text);
    case 'table': {
      let rows: unknown;
      try {
        rows = JSON.parse(text);
      } catch {
        rows = null;
      }
      const isRows = Array.isArray(rows) && rows.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r));
      return isRows ? { value: rows as FieldValue } : refuse('不是导出文件中的表格数据（JSON）', 'Not the table data (JSON) an export writes');
    }
    default:
      return { value: text };
  }
}

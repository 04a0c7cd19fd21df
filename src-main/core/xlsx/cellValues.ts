import { baseCurrency, currencyDigits, parseAmount, type FieldDef, type FieldValue, type Localized } from '../../contract';
import { choiceOf, notAnOption, yesNoOf } from './words';
import type { RawCell } from './readSheet';

/** What a cell refers to by name, looked up in the database: ids of the live records (or departments) it names. */
export interface NameLookups {
  /** Ids of live records of `register` whose title, folded, is the text; or whose id is the text. */
  records(register: string, text: string): string[];
  /** Codes of live departments whose code or zh/en name, folded, is the text. */
  departments(text: string): string[];
}

/** `unmatched`: the text of a choice cell that names no option, for the wizard to offer mapping it. */
export type Converted = { value: FieldValue } | { reason: Localized; unmatched?: string };

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
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
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

/**
 * The option a choice cell's text stands for, or null: the person's own mapping of the value first (the wizard's value
 * step, `--map-value`), then the options and the words offices use for them (choiceOf). Booleans answer 'true'/'false'.
 */
export type ChoiceLookup = (field: FieldDef, text: string) => string | null;

/** Without the person's mapping or a register's own words: the options, common synonyms and other country names. */
export const plainChoices: ChoiceLookup = (field, text) =>
  field.type === 'boolean' ? (yesNoOf(text) === null ? null : String(yesNoOf(text))) : choiceOf('', field, text);

/** Items of a list cell: the export joins them with 、; offices also use commas and semicolons. */
const itemsOf = (text: string): string[] =>
  text
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

function oneOf(found: string[], label: Localized, text: string): Converted {
  if (found.length === 1) return { value: found[0]! };
  if (found.length === 0) return refuse(`找不到「${text}」（${label.zh}）`, `No ${label.en} named "${text}"`);
  return refuse(
    `「${text}」对应多条${label.zh}记录，无法确定是哪一条`,
    `"${text}" names ${found.length} records of ${label.en}; which one is unclear`,
  );
}

/**
 * One cell as the value of its field, or the reason it cannot be one. Only the shape is checked here (a date, an
 * option, an amount); required fields, lengths and rules are checked by saving the record, as in the form.
 */
export function cellValue(
  field: FieldDef,
  cell: RawCell,
  row: Record<string, FieldValue>,
  names: NameLookups,
  choose: ChoiceLookup = plainChoices,
): Converted {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { value: null };
  const text = typeof cell === 'string' ? cell.trim() : String(cell);
  switch (field.type) {
    case 'date': {
      const iso = dateOf(cell);
      return iso
        ? { value: iso }
        : refuse(`不是日期（可写作 2019-05-01、2019/5/1 或 2019年5月1日）`, 'Not a date (write 2019-05-01, 2019/5/1 or 2019年5月1日)');
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
      if (typeof cell === 'boolean') return { value: cell };
      const b = choose(field, text);
      return b === null ? { reason: { zh: '请填写“是”或“否”', en: 'Write yes or no' }, unmatched: text } : { value: b === 'true' };
    }
    case 'enum': {
      const value = choose(field, text);
      return value === null ? { reason: notAnOption(field), unmatched: text } : { value };
    }
    case 'enumList': {
      const values: string[] = [];
      for (const item of itemsOf(text)) {
        const value = choose(field, item);
        if (value === null) return { reason: notAnOption(field, item), unmatched: item };
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
      return isRows
        ? { value: rows as FieldValue }
        : refuse('不是导出文件中的表格数据（JSON）', 'Not the table data (JSON) an export writes');
    }
    default:
      return { value: text };
  }
}

import { formatAmount, type FieldValue, type RegisterDef } from '../../contract';
import { nationalityOptions } from '../../core/countries';
import { maskText } from '../../core/mask';
import { storeOf, type ServiceContext } from '../context';
import { contextRecord } from '../contextRecords/held';
import { departmentName } from '../departmentNames';
import { titleLookup } from '../searchIndex';

type Values = Record<string, FieldValue>;

/** How the forms write values: enumerations by their Chinese label, dates as 2026年5月1日, yes/no as 是/否. */
export interface RecordText {
  option(def: RegisterDef, key: string, value: unknown, column?: string): string;
  department(code: unknown): string;
  title(register: string, id: unknown): string;
  person(id: unknown): Values | null;
}

export const chineseDate = (iso: unknown): string => {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export const dateRange = (from: unknown, to: unknown): string =>
  from && to ? `${chineseDate(from)}至${chineseDate(to)}` : chineseDate(from) || chineseDate(to);

export const yesNo = (v: unknown): string => (v === true ? '是' : v === false ? '否' : '');

export const text = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? '' : String(v));

export const countryName = (code: unknown): string => nationalityOptions.find((o) => o.value === code)?.label.zh ?? text(code);

/** Fen as the forms write money: ¥12,345.00. */
export const yuan = (fen: unknown): string => (typeof fen === 'number' ? `¥${formatAmount(fen, 2)}` : '');

/** A document number as every printed form shows it: never in full, hidden characters as paper forms star them. */
export const masked = (v: unknown): string => (typeof v === 'string' && v ? maskText(v).replace(/•/g, '*') : '');

export function recordText(ctx: ServiceContext): RecordText {
  const titles = titleLookup(ctx);
  const people = storeOf(ctx, 'person');
  return {
    option: (def, key, value, column) => {
      const field = def.fields.find((f) => f.key === key);
      const options = column ? field?.columns?.find((c) => c.key === column)?.options : field?.options;
      return options?.find((o) => o.value === value)?.label.zh ?? text(value);
    },
    department: (code) => (typeof code === 'string' && code ? departmentName(ctx, code).zh : ''),
    title: (register, id) => (typeof id === 'string' && id ? (titles(register, id) ?? '') : ''),
    person: (id) => {
      if (typeof id !== 'string') return null;
      const row = people.get(id);
      if (row && !row.deleted) return people.values(row);
      // Another department's member on a laptop: what travelled as context (the number already masked).
      const held = contextRecord(ctx, id);
      return held?.register === 'person' ? held.values : null;
    },
  };
}

import {
  baseCurrency,
  currencyDigits,
  isValidRate,
  maxMinorUnits,
  parseAmount,
  type FieldDef,
  type FieldIssue,
  type FieldValue,
  type Localized,
  type RegisterDef,
  type TableRow,
} from '../contract';
import { blockerList, checklistBlockers } from './checklist/gate';
import { crossFieldChecks, settledValues } from './registers';

const dateRe = /^\d{4}-\d{2}-\d{2}$/;
const urlRe = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const emailRe = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const issue = (field: string, zh: string, en: string): FieldIssue => ({ field, message: { zh, en } });

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date "YYYY-MM-DD" (Gregorian, as Date reads it), checked by arithmetic: an import checks every date cell. */
export const isValidDate = (s: string): boolean => {
  if (!dateRe.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  return m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && isLeapYear(y) ? 29 : monthDays[m - 1]!);
};

export interface ValidationContext {
  /** Department codes that exist. */
  departments: ReadonlySet<string>;
  /** The stored values when editing, to check status moves. */
  previous?: Record<string, FieldValue>;
}

export interface Validated {
  values: Record<string, FieldValue>;
  issues: FieldIssue[];
}

/** Where an issue is reported: the field key (or "table.row.column") and the label its message names. */
interface Place {
  path: string;
  label: Localized;
}

function normalizeTable(f: FieldDef, v: FieldValue, ctx: ValidationContext, issues: FieldIssue[], place: Place): FieldValue {
  if (!Array.isArray(v) || v.some((row) => typeof row !== 'object' || row === null || Array.isArray(row))) {
    issues.push(issue(place.path, `${place.label.zh}：应为表格行`, `${place.label.en}: must be table rows`));
    return null;
  }
  const columns = f.columns ?? [];
  const known = new Set(columns.map((c) => c.key));
  return (v as TableRow[]).map((row, i) => {
    const rowLabel = { zh: `${place.label.zh}第 ${i + 1} 行`, en: `${place.label.en} row ${i + 1}` };
    for (const key of Object.keys(row)) {
      if (!known.has(key))
        issues.push(issue(`${place.path}.${i}`, `${rowLabel.zh}：未知列“${key}”`, `${rowLabel.en}: unknown column "${key}"`));
    }
    const out: TableRow = {};
    for (const c of columns) {
      const cellPlace = {
        path: `${place.path}.${i}.${c.key}`,
        label: { zh: `${rowLabel.zh}${c.label.zh}`, en: `${rowLabel.en}, ${c.label.en}` },
      };
      // A row given without a column takes the column's default, as a new record takes its fields' defaults.
      const given = row[c.key] === undefined && c.defaultValue !== undefined && c.defaultValue !== 'today' ? c.defaultValue : row[c.key];
      out[c.key] = normalizeField(c, given as FieldValue | undefined, ctx, issues, cellPlace, row) as TableRow[string];
    }
    return out;
  });
}

/** A value of the wrong kind; a function of its own, not a closure made on every field of every row checked. */
function typeIssue(issues: FieldIssue[], place: Place, zhKind: string, enKind: string): void {
  issues.push(issue(place.path, `${place.label.zh}：应为${zhKind}`, `${place.label.en}: must be ${enKind}`));
}

function normalizeField(
  f: FieldDef,
  raw: FieldValue | undefined,
  ctx: ValidationContext,
  issues: FieldIssue[],
  place: Place = { path: f.key, label: f.label },
  /** The record (or table row) the field belongs to: a money field reads its currency there. */
  siblings: Record<string, unknown> = {},
): FieldValue {
  const label = place.label;
  const at = place.path;
  let v: FieldValue = raw === undefined || raw === '' ? null : raw;
  if (typeof v === 'string') v = v.trim() === '' ? null : v;
  if (Array.isArray(v) && v.length === 0) v = null;
  if (v === null) {
    if (f.type === 'boolean') return false;
    if (f.required) issues.push(issue(at, `${label.zh}：必填`, `${label.en}: required`));
    return null;
  }
  switch (f.type) {
    case 'text':
    case 'longText':
    case 'url':
    case 'email': {
      if (typeof v !== 'string') return (typeIssue(issues, place, '文本', 'text'), null);
      const s = f.type === 'longText' ? v.replace(/\r\n/g, '\n') : v.trim();
      if (f.maxLength && s.length > f.maxLength) {
        issues.push(issue(at, `${label.zh}：不能超过 ${f.maxLength} 个字符`, `${label.en}: at most ${f.maxLength} characters`));
      }
      if (f.type === 'url' && !urlRe.test(s))
        typeIssue(issues, place, '以 http:// 或 https:// 开头的网址', 'a web address starting with http:// or https://');
      if (f.type === 'email' && !emailRe.test(s)) typeIssue(issues, place, '电子邮箱地址', 'an e-mail address');
      return s;
    }
    case 'enum':
    case 'department': {
      if (typeof v !== 'string') return (typeIssue(issues, place, '单个选项', 'one option'), null);
      const known = f.type === 'enum' ? (f.options ?? []).some((o) => o.value === v) : ctx.departments.has(v);
      if (!known) issues.push(issue(at, `${label.zh}：“${v}”不是可选值`, `${label.en}: "${v}" is not one of the options`));
      return v;
    }
    case 'enumList':
    case 'departmentList': {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        return (typeIssue(issues, place, '选项列表', 'a list of options'), null);
      const list = v as string[];
      const bad = list.filter((x) => (f.type === 'enumList' ? !(f.options ?? []).some((o) => o.value === x) : !ctx.departments.has(x)));
      if (bad.length)
        issues.push(issue(at, `${label.zh}：“${bad.join('、')}”不是可选值`, `${label.en}: "${bad.join(', ')}" not among the options`));
      return [...new Set(list)];
    }
    case 'date': {
      if (typeof v !== 'string' || !isValidDate(v)) return (typeIssue(issues, place, '日期（年-月-日）', 'a date (YYYY-MM-DD)'), null);
      return v;
    }
    case 'boolean':
      if (typeof v !== 'boolean') return (typeIssue(issues, place, '是或否', 'true or false'), null);
      return v;
    case 'integer': {
      const n = typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
      if (typeof n !== 'number' || !Number.isInteger(n)) return (typeIssue(issues, place, '整数', 'a whole number'), null);
      if (f.min !== undefined && n < f.min) issues.push(issue(at, `${label.zh}：不能小于 ${f.min}`, `${label.en}: at least ${f.min}`));
      if (f.max !== undefined && n > f.max) issues.push(issue(at, `${label.zh}：不能大于 ${f.max}`, `${label.en}: at most ${f.max}`));
      return n;
    }
    case 'ref':
      if (typeof v !== 'string') return (typeIssue(issues, place, '一条记录', 'a record'), null);
      return v;
    case 'file':
      if (typeof v !== 'object' || Array.isArray(v) || !('sha256' in v)) return (typeIssue(issues, place, '文件', 'a file'), null);
      return v;
    case 'table':
      return normalizeTable(f, v, ctx, issues, place);
    case 'money': {
      const digits = currencyDigits(f.currencyField ? (siblings[f.currencyField] as string | null) : baseCurrency);
      const minor = typeof v === 'string' ? parseAmount(v, digits) : v;
      if (typeof minor !== 'number' || !Number.isSafeInteger(minor) || Math.abs(minor) > maxMinorUnits) {
        return (typeIssue(issues, place, `金额（最多 ${digits} 位小数）`, `an amount (at most ${digits} decimals)`), null);
      }
      const min = f.min ?? 0;
      if (minor < min) issues.push(issue(at, `${label.zh}：不能为负数`, `${label.en}: cannot be negative`));
      return minor;
    }
    case 'decimal':
      if (typeof v !== 'string' || !isValidRate(v.trim()))
        return (typeIssue(issues, place, '大于 0 的小数（最多 8 位小数）', 'a decimal above 0 (at most 8 decimals)'), null);
      return v.trim();
  }
}

/** Each register's field keys, built once: an import validates thousands of records of one register. */
const fieldKeys = new WeakMap<RegisterDef, Set<string>>();

/**
 * Checks submitted values against the register's definition and returns them normalised (trimmed, empty as
 * null). Unknown fields are refused rather than dropped, so a typo in a script never loses data silently.
 */
export function validateValues(def: RegisterDef, input: Record<string, FieldValue>, ctx: ValidationContext): Validated {
  const issues: FieldIssue[] = [];
  let known = fieldKeys.get(def);
  if (!known) fieldKeys.set(def, (known = new Set(def.fields.map((f) => f.key))));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) issues.push(issue(key, `未知字段“${key}”`, `Unknown field "${key}"`));
  }
  const normalized: Record<string, FieldValue> = {};
  for (const f of def.fields) normalized[f.key] = f.derived ? null : normalizeField(f, input[f.key], ctx, issues, undefined, input);
  const values = issues.length === 0 ? (settledValues[def.name]?.(normalized) ?? normalized) : normalized;

  if (def.statusField && def.transitions && ctx.previous) {
    const from = ctx.previous[def.statusField] as string | null;
    const to = values[def.statusField] as string | null;
    if (from && to && from !== to && !(def.transitions[from] ?? []).includes(to)) {
      const field = def.fields.find((f) => f.key === def.statusField)!;
      const name = (v: string) => field.options?.find((o) => o.value === v)?.label ?? { zh: v, en: v };
      issues.push(
        issue(
          def.statusField,
          `状态不能从“${name(from).zh}”改为“${name(to).zh}”`,
          `Status cannot move from "${name(from).en}" to "${name(to).en}"`,
        ),
      );
    }
  }
  // Checked as entered, before tables are put in order, so an issue names the row the user sees.
  if (issues.length === 0) issues.push(...(crossFieldChecks[def.name]?.(normalized, ctx.previous) ?? []));
  if (issues.length === 0) issues.push(...gateIssues(def, values, ctx.previous));
  return { values, issues };
}

/** A move to a new status is refused while checklist items required before it are open, naming them. */
function gateIssues(def: RegisterDef, values: Record<string, FieldValue>, previous?: Record<string, FieldValue>): FieldIssue[] {
  if (!def.statusField || !def.checklist) return [];
  const to = values[def.statusField] as string | null;
  if (!to || (previous && previous[def.statusField] === to)) return [];
  const blockers = checklistBlockers(def, values, to);
  if (!blockers.length) return [];
  const status = def.fields.find((f) => f.key === def.statusField)?.options?.find((o) => o.value === to)?.label ?? { zh: to, en: to };
  const list = blockerList(blockers);
  return [
    issue(
      def.statusField,
      `审查清单未完成，不能进入“${status.zh}”：${list.zh}`,
      `The review checklist stops the move to "${status.en}": ${list.en}`,
    ),
  ];
}

/** Values a new record starts with in the form. */
export function defaultValues(def: RegisterDef, today: string): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const f of def.fields) {
    if (f.defaultValue === undefined) continue;
    out[f.key] = f.defaultValue === 'today' && f.type === 'date' ? today : f.defaultValue;
  }
  return out;
}

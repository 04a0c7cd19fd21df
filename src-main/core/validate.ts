import type { FieldDef, FieldIssue, FieldValue, RegisterDef } from '../contract';
import { crossFieldChecks } from './registers';

const dateRe = /^\d{4}-\d{2}-\d{2}$/;
const urlRe = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const emailRe = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const issue = (field: string, zh: string, en: string): FieldIssue => ({ field, message: { zh, en } });

export const isValidDate = (s: string): boolean => {
  if (!dateRe.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
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

function normalizeField(f: FieldDef, raw: FieldValue | undefined, ctx: ValidationContext, issues: FieldIssue[]): FieldValue {
  const label = f.label;
  const typeIssue = (zhKind: string, enKind: string) =>
    issues.push(issue(f.key, `${label.zh}：应为${zhKind}`, `${label.en}: must be ${enKind}`));
  let v: FieldValue = raw === undefined || raw === '' ? null : raw;
  if (typeof v === 'string') v = v.trim() === '' ? null : v;
  if (Array.isArray(v) && v.length === 0) v = null;
  if (v === null) {
    if (f.type === 'boolean') return false;
    if (f.required) issues.push(issue(f.key, `${label.zh}：必填`, `${label.en}: required`));
    return null;
  }
  switch (f.type) {
    case 'text':
    case 'longText':
    case 'url':
    case 'email': {
      if (typeof v !== 'string') return typeIssue('文本', 'text'), null;
      const s = f.type === 'longText' ? v.replace(/\r\n/g, '\n') : v.trim();
      if (f.maxLength && s.length > f.maxLength) {
        issues.push(issue(f.key, `${label.zh}：不能超过 ${f.maxLength} 个字符`, `${label.en}: at most ${f.maxLength} characters`));
      }
      if (f.type === 'url' && !urlRe.test(s)) typeIssue('以 http:// 或 https:// 开头的网址', 'a web address starting with http:// or https://');
      if (f.type === 'email' && !emailRe.test(s)) typeIssue('电子邮箱地址', 'an e-mail address');
      return s;
    }
    case 'enum':
    case 'department': {
      if (typeof v !== 'string') return typeIssue('单个选项', 'one option'), null;
      const known = f.type === 'enum' ? (f.options ?? []).some((o) => o.value === v) : ctx.departments.has(v);
      if (!known) issues.push(issue(f.key, `${label.zh}：“${v}”不是可选值`, `${label.en}: "${v}" is not one of the options`));
      return v;
    }
    case 'enumList':
    case 'departmentList': {
      if (!Array.isArray(v)) return typeIssue('选项列表', 'a list of options'), null;
      const bad = v.filter((x) => (f.type === 'enumList' ? !(f.options ?? []).some((o) => o.value === x) : !ctx.departments.has(x)));
      if (bad.length) issues.push(issue(f.key, `${label.zh}：“${bad.join('、')}”不是可选值`, `${label.en}: "${bad.join(', ')}" not among the options`));
      return [...new Set(v)];
    }
    case 'date': {
      if (typeof v !== 'string' || !isValidDate(v)) return typeIssue('日期（年-月-日）', 'a date (YYYY-MM-DD)'), null;
      return v;
    }
    case 'boolean':
      if (typeof v !== 'boolean') return typeIssue('是或否', 'true or false'), null;
      return v;
    case 'integer': {
      const n = typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
      if (typeof n !== 'number' || !Number.isInteger(n)) return typeIssue('整数', 'a whole number'), null;
      if (f.min !== undefined && n < f.min) issues.push(issue(f.key, `${label.zh}：不能小于 ${f.min}`, `${label.en}: at least ${f.min}`));
      if (f.max !== undefined && n > f.max) issues.push(issue(f.key, `${label.zh}：不能大于 ${f.max}`, `${label.en}: at most ${f.max}`));
      return n;
    }
    case 'ref':
      if (typeof v !== 'string') return typeIssue('一条记录', 'a record'), null;
      return v;
    case 'file':
      if (typeof v !== 'object' || Array.isArray(v) || !('sha256' in v)) return typeIssue('文件', 'a file'), null;
      return v;
  }
}

/**
 * Checks submitted values against the register's definition and returns them normalised (trimmed, empty as
 * null). Unknown fields are refused rather than dropped, so a typo in a script never loses data silently.
 */
export function validateValues(def: RegisterDef, input: Record<string, FieldValue>, ctx: ValidationContext): Validated {
  const issues: FieldIssue[] = [];
  const known = new Set(def.fields.map((f) => f.key));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) issues.push(issue(key, `未知字段“${key}”`, `Unknown field "${key}"`));
  }
  const values: Record<string, FieldValue> = {};
  for (const f of def.fields) values[f.key] = normalizeField(f, input[f.key], ctx, issues);

  if (def.statusField && def.transitions && ctx.previous) {
    const from = ctx.previous[def.statusField] as string | null;
    const to = values[def.statusField] as string | null;
    if (from && to && from !== to && !(def.transitions[from] ?? []).includes(to)) {
      const field = def.fields.find((f) => f.key === def.statusField)!;
      const name = (v: string) => field.options?.find((o) => o.value === v)?.label ?? { zh: v, en: v };
      issues.push(
        issue(def.statusField, `状态不能从“${name(from).zh}”改为“${name(to).zh}”`, `Status cannot move from "${name(from).en}" to "${name(to).en}"`),
      );
    }
  }
  if (issues.length === 0) issues.push(...(crossFieldChecks[def.name]?.(values) ?? []));
  return { values, issues };
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

import type { FieldIssue, FieldValue } from '../contract';

/** Checks several registers share; each register's own checks live beside its definition. */
export const issue = (field: string, zh: string, en: string): FieldIssue => ({ field, message: { zh, en } });

type Values = Record<string, FieldValue>;

/** An end date before its start date, reported on the end field (equal dates are a one-day event). */
export function endBeforeStart(
  values: Values,
  start: string,
  end: string,
  zh = '结束日期不能早于开始日期',
  en = 'The end date cannot be before the start date',
): FieldIssue[] {
  const from = values[start] as string | null;
  const to = values[end] as string | null;
  return from && to && to < from ? [issue(end, zh, en)] : [];
}

/** A count larger than the whole it is part of (foreign participants among all), reported on the part. */
export function partBeyondWhole(values: Values, part: string, whole: string, zh: string, en: string): FieldIssue[] {
  const p = values[part] as number | null;
  const w = values[whole] as number | null;
  return p !== null && w !== null && p > w ? [issue(part, zh, en)] : [];
}

/** Han characters anywhere in the text: a Chinese title, not a transliterated or English one. */
export const hasChinese = (text: string): boolean => /\p{Script=Han}/u.test(text);

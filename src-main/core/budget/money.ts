import { baseCurrency, toCny, type FieldIssue, type FieldValue, type TableRow } from '../../contract';
import { sameValue } from '../sameValue';

const issue = (field: string, zh: string, en: string): FieldIssue => ({ field, message: { zh, en } });

type Values = Record<string, FieldValue>;

/** An expense's CNY amount and fiscal year: the amount itself for CNY, else converted at its rate. */
export function deriveExpense(values: Values): Values {
  const currency = String(values.currency ?? baseCurrency);
  const amount = values.amount as number | null;
  const rate = values.rate as string | null;
  const cnyAmount = amount === null ? null : currency === baseCurrency ? amount : rate ? toCny(amount, currency, rate) : null;
  const date = values.date as string | null;
  return { cnyAmount, fiscalYear: date ? Number(date.slice(0, 4)) : null, rate: currency === baseCurrency ? null : rate };
}

export function checkExpense(values: Values): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const foreign = values.currency !== baseCurrency;
  if (foreign && !values.rate) issues.push(issue('rate', '外币支出须填写汇率', 'A foreign-currency expense needs its rate'));
  if (foreign && !values.rateDate) issues.push(issue('rateDate', '请填写汇率日期', 'Enter the date of the rate'));
  if (foreign && !values.rateSource) issues.push(issue('rateSource', '请注明汇率来源', 'Say where the rate comes from'));
  for (const subject of expenseSubjectRefs) {
    const linked = values[subject.field] !== null && values[subject.field] !== undefined;
    if (values.subjectKind === subject.kind && !linked)
      issues.push(issue(subject.field, `请选择${subject.zh}`, `Choose the ${subject.en}`));
    if (values.subjectKind !== subject.kind && linked) {
      issues.push(
        issue(subject.field, `事由不是${subject.zh}时不能关联${subject.zh}`, `Only an expense for a ${subject.en} links a ${subject.en}`),
      );
    }
  }
  return issues;
}

/** The reference field an expense names its subject in, by subject kind: exactly the one its kind asks for. */
export const expenseSubjectRefs = [
  { kind: 'delegation', field: 'delegation', zh: '团组', en: 'delegation' },
  { kind: 'conference', field: 'conference', zh: '国际会议', en: 'conference' },
  { kind: 'expertHire', field: 'expert', zh: '外籍专家聘请', en: 'expert hire' },
  { kind: 'training', field: 'training', zh: '国际培训', en: 'training' },
];

/** An allocation's current amount: the first amount plus every adjustment. */
export function deriveAllocation(values: Values): Values {
  const adjustments = (values.adjustments as TableRow[] | null) ?? [];
  const amount = values.amount as number | null;
  return { current: amount === null ? null : adjustments.reduce((sum, a) => sum + Number(a.amount ?? 0), amount) };
}

/** Adjustments are appended, never edited or removed, and the first amount stays once set. */
export function checkAllocation(values: Values, previous?: Values): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const adjustments = (values.adjustments as TableRow[] | null) ?? [];
  adjustments.forEach((a, i) => {
    if (a.amount === 0)
      issues.push(issue(`adjustments.${i}.amount`, `调整第 ${i + 1} 行：增减额不能为 0`, `Adjustment ${i + 1}: the change cannot be 0`));
  });
  if (((deriveAllocation(values).current as number | null) ?? 0) < 0) {
    issues.push(issue('adjustments', '调整后分配额不能为负数', 'Adjustments cannot take the allocation below zero'));
  }
  if (!previous) return issues;
  if (previous.amount !== null && previous.amount !== values.amount) {
    issues.push(
      issue(
        'amount',
        '初始分配额不能修改，请添加一条调整记录并说明原因',
        'The first amount cannot be edited; add an adjustment with its reason',
      ),
    );
  }
  const before = (previous.adjustments as TableRow[] | null) ?? [];
  before.forEach((row, i) => {
    if (!sameValue(row, adjustments[i])) {
      issues.push(
        issue(
          `adjustments.${i}`,
          `调整第 ${i + 1} 行已记录，不能修改或删除`,
          `Adjustment ${i + 1} is on record and cannot be edited or removed`,
        ),
      );
    }
  });
  return issues;
}

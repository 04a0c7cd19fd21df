import type { FieldIssue, FieldValue, RegisterDef, TableRow } from '../../contract';
import { issue } from '../checks';
import { officeDepartment } from './department';
import { planLineKinds } from './planLink';

/**
 * A department's annual plan for international exchange and cooperation (年度国际交流与合作计划): what it
 * means to do this year, line by line. Records that carry a line out name its key (delegation, conference
 * and the rest: `annualPlan` + `planLine`), and the plan's completion counts them. One plan per department
 * and year (checked against the other plans when saved).
 */
export const annualPlan: RegisterDef = {
  name: 'annualPlan',
  label: { zh: '年度计划', en: 'Annual plans' },
  titleField: 'title',
  icon: 'calendar-stats',
  nav: true,
  ownership: { field: 'department' },
  fields: [
    {
      key: 'title',
      type: 'text',
      label: { zh: '计划名称', en: 'Title' },
      required: true,
      maxLength: 300,
      help: { zh: '如：法学院2026年度国际交流与合作计划', en: 'e.g. School of Law, international cooperation plan 2026' },
    },
    { key: 'department', type: 'department', label: { zh: '部门', en: 'Department' }, required: true, defaultValue: officeDepartment },
    { key: 'year', type: 'integer', label: { zh: '年度', en: 'Year' }, required: true, min: 2000, max: 2100 },
    {
      key: 'lines',
      type: 'table',
      label: { zh: '计划项', en: 'Plan lines' },
      columns: [
        {
          key: 'key',
          type: 'text',
          label: { zh: '编号', en: 'Key' },
          maxLength: 20,
          help: {
            zh: '留空自动编号（L1、L2……）；已关联记录的编号不能修改',
            en: 'Left empty: numbered L1, L2...; a key records link to stays',
          },
        },
        { key: 'kind', type: 'enum', label: { zh: '类型', en: 'Kind' }, required: true, options: planLineKinds, defaultValue: 'trip' },
        { key: 'description', type: 'text', label: { zh: '内容', en: 'Description' }, required: true, maxLength: 300 },
        { key: 'plannedCount', type: 'integer', label: { zh: '计划数量', en: 'Planned' }, required: true, min: 1, max: 10000 },
        { key: 'budget', type: 'money', label: { zh: '预算（元）', en: 'Budget (CNY)' } },
      ],
    },
    { key: 'budgetTotal', type: 'money', derived: true, label: { zh: '预算合计（元）', en: 'Total budget (CNY)' } },
    { key: 'summary', type: 'longText', label: { zh: '年度总结', en: 'Year-end summary' }, maxLength: 20000 },
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['title', 'department', 'year', 'budgetTotal'],
  searchFields: ['title', 'lines', 'summary', 'notes'],
  filters: [{ key: 'department', kind: 'department', field: 'department', label: { zh: '部门', en: 'Department' } }],
  sortable: ['title', 'year', 'budgetTotal', 'updatedAt'],
  defaultSort: { field: 'year', direction: 'desc' },
};

const generatedKey = /^L(\d+)$/;

/** Lines without a key get the next free L-number; the total budget is the lines' sum. */
export function deriveAnnualPlan(values: Record<string, FieldValue>): Record<string, FieldValue> {
  const lines = (values.lines as TableRow[] | null) ?? [];
  let next = Math.max(0, ...lines.map((l) => Number(generatedKey.exec(String(l.key ?? ''))?.[1] ?? 0))) + 1;
  const keyed = lines.map((l) => (l.key ? l : { ...l, key: `L${next++}` }));
  const budgets = lines.map((l) => l.budget).filter((b): b is number => typeof b === 'number');
  return { lines: keyed.length ? keyed : null, budgetTotal: budgets.length ? budgets.reduce((a, b) => a + b, 0) : null };
}

/** Each line's key names one line. */
export function checkAnnualPlan(values: Record<string, FieldValue>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Map<string, number>();
  ((values.lines as TableRow[] | null) ?? []).forEach((line, i) => {
    if (!line.key) return;
    const key = String(line.key);
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, i);
    else
      issues.push(
        issue(
          `lines.${i}.key`,
          `计划项第 ${i + 1} 行的编号“${key}”与第 ${earlier + 1} 行重复`,
          `Plan line ${i + 1}: the key "${key}" repeats line ${earlier + 1}`,
        ),
      );
  });
  return issues;
}

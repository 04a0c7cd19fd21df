import type { EnumOption, FieldIssue, FieldValue, RegisterDef, TableRow } from '../../contract';
import { issue } from '../checks';
import { parseParams, ruleIdOptions, ruleKindById } from '../rules/catalog';
import { checklistSubjectKinds } from './checklistTemplate';
import { officeDepartment } from './department';

export const ruleSeverities: EnumOption[] = [
  { value: 'block', label: { zh: '阻止', en: 'Block' }, color: 'red' },
  { value: 'warning', label: { zh: '提醒', en: 'Warning' }, color: 'yellow' },
];

/**
 * The foreign-affairs rules (docs/rules.md) as data: each record is one version of one rule, in force
 * between its dates, with the parameters, source document and severity the office sets. A subject is
 * checked under the versions in force on its own date, so a new version never changes an old verdict.
 */
export const rule: RegisterDef = {
  name: 'rule',
  label: { zh: '外事规则', en: 'Rules' },
  titleField: 'title',
  icon: 'gavel',
  nav: true,
  officeOnly: true,
  ownership: { fixed: officeDepartment },
  fields: [
    { key: 'ruleId', type: 'enum', label: { zh: '规则编号', en: 'Rule id' }, required: true, options: ruleIdOptions },
    { key: 'title', type: 'text', label: { zh: '规则名称', en: 'Title (Chinese)' }, required: true, maxLength: 200 },
    { key: 'titleEn', type: 'text', label: { zh: '英文名称', en: 'Title (English)' }, required: true, maxLength: 200 },
    { key: 'subject', type: 'enum', derived: true, label: { zh: '适用对象', en: 'Applies to' }, options: checklistSubjectKinds },
    {
      key: 'severity',
      type: 'enum',
      label: { zh: '处理方式', en: 'Severity' },
      required: true,
      options: ruleSeverities,
      defaultValue: 'block',
      help: { zh: '“阻止”时不符合规则的事项不能进入相应状态', en: 'Block: a subject breaking the rule cannot move on' },
    },
    {
      key: 'exemptAcademic',
      type: 'boolean',
      label: { zh: '教学科研类可豁免', en: 'Academic trips exempt' },
      defaultValue: false,
      help: {
        zh: '教学科研类团组填写学术任务后不受此规则限制（厅字〔2016〕17号）',
        en: 'Teaching & research trips with their academic task recorded are exempt',
      },
    },
    {
      key: 'parameters',
      type: 'table',
      label: { zh: '参数', en: 'Parameters' },
      columns: [
        { key: 'key', type: 'text', label: { zh: '参数', en: 'Parameter' }, required: true, maxLength: 40 },
        {
          key: 'value',
          type: 'text',
          label: { zh: '取值', en: 'Value' },
          required: true,
          maxLength: 2000,
          help: { zh: '数字，或以逗号分隔的国家代码/词语', en: 'A number, or country codes / words separated by commas' },
        },
      ],
    },
    { key: 'source', type: 'text', label: { zh: '依据文件及文号', en: 'Source document and number' }, required: true, maxLength: 300 },
    { key: 'effectiveFrom', type: 'date', label: { zh: '生效日期', en: 'In force from' }, required: true },
    { key: 'effectiveTo', type: 'date', label: { zh: '失效日期', en: 'In force until' } },
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['ruleId', 'title', 'subject', 'severity', 'exemptAcademic', 'source', 'effectiveFrom', 'effectiveTo'],
  searchFields: ['ruleId', 'title', 'titleEn', 'source', 'notes'],
  filters: [
    { key: 'subject', kind: 'enum', field: 'subject', label: { zh: '适用对象', en: 'Applies to' }, options: checklistSubjectKinds },
    { key: 'severity', kind: 'enum', field: 'severity', label: { zh: '处理方式', en: 'Severity' }, options: ruleSeverities },
  ],
  sortable: ['ruleId', 'title', 'subject', 'severity', 'effectiveFrom', 'effectiveTo', 'updatedAt'],
  defaultSort: { field: 'ruleId', direction: 'asc' },
};

export const paramsOf = (rows: TableRow[] | null | undefined): Record<string, string> =>
  Object.fromEntries((rows ?? []).map((r) => [String(r.key), String(r.value ?? '')]));

export const deriveRule = (values: Record<string, FieldValue>): Record<string, FieldValue> => ({
  subject: ruleKindById.get(String(values.ruleId))?.subject ?? null,
});

/** Dates in order; the parameters this rule needs, each a number or list that makes sense, and no others. */
export function checkRule(values: Record<string, FieldValue>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const [from, to] = [values.effectiveFrom as string | null, values.effectiveTo as string | null];
  if (from && to && to < from)
    issues.push(issue('effectiveTo', '失效日期不能早于生效日期', 'The end date cannot be before the start date'));
  const kind = ruleKindById.get(String(values.ruleId));
  if (!kind) return issues;
  const rows = (values.parameters as TableRow[] | null) ?? [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (seen.has(String(r.key)))
      issues.push(issue(`parameters.${i}.key`, `参数“${String(r.key)}”重复`, `Parameter "${String(r.key)}" is repeated`));
    seen.add(String(r.key));
  });
  for (const problem of parseParams(kind, paramsOf(rows)).problems) issues.push({ field: 'parameters', message: problem });
  return issues;
}

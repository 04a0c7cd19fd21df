import type { EnumOption, FieldDef, FieldIssue, FieldValue, RegisterDef } from '../../contract';
import { officeDepartment } from './department';

export const checklistSubjectKinds: EnumOption[] = [
  { value: 'outboundDelegation', label: { zh: '出访团组', en: 'Outbound delegation' } },
  { value: 'inboundDelegation', label: { zh: '来访团组', en: 'Inbound delegation' } },
  { value: 'partnerReview', label: { zh: '合作方背景审查', en: 'Partner background review' } },
  { value: 'expertHire', label: { zh: '外籍专家聘请', en: 'Foreign expert hire' } },
  { value: 'conference', label: { zh: '国际会议', en: 'Conference' } },
];

/** Workflow stages an item can be required before; a subject's gate reads those among its own statuses. */
export const requiredBeforeOptions: EnumOption[] = [
  { value: 'submitted', label: { zh: '提交前', en: 'Before submission' } },
  { value: 'publicNotice', label: { zh: '公示前', en: 'Before public notice' } },
  { value: 'approved', label: { zh: '批准前', en: 'Before approval' } },
  { value: 'travelling', label: { zh: '出行/接待前', en: 'Before the trip or visit' } },
  { value: 'arrived', label: { zh: '入境前', en: 'Before entry' } },
  { value: 'inPost', label: { zh: '到岗前', en: 'Before taking up the post' } },
  { value: 'returned', label: { zh: '行程结束前', en: 'Before the trip ends' } },
  { value: 'reportFiled', label: { zh: '报告归档前', en: 'Before the report is filed' } },
  { value: 'closed', label: { zh: '办结前', en: 'Before closing' } },
];

export const checklistItemStatuses: EnumOption[] = [
  { value: 'pending', label: { zh: '待办', en: 'Pending' }, color: 'gray' },
  { value: 'done', label: { zh: '已完成', en: 'Done' }, color: 'green' },
  { value: 'notApplicable', label: { zh: '不适用', en: 'Not applicable' }, color: 'blue' },
  { value: 'rejected', label: { zh: '未通过', en: 'Rejected' }, color: 'red' },
];

/** What a template says about an item; an instance copies these and adds its progress. */
export const checklistItemDefinition: FieldDef[] = [
  { key: 'key', type: 'text', label: { zh: '编号', en: 'Key' }, maxLength: 40 },
  { key: 'title', type: 'text', label: { zh: '事项', en: 'Item' }, required: true, maxLength: 200 },
  { key: 'titleEn', type: 'text', label: { zh: '英文名称', en: 'Item (English)' }, maxLength: 200 },
  {
    key: 'requiredBefore',
    type: 'enum',
    label: { zh: '须完成于', en: 'Required before' },
    required: true,
    options: requiredBeforeOptions,
    defaultValue: 'approved',
  },
  { key: 'evidenceNeeded', type: 'boolean', label: { zh: '需证明材料', en: 'Evidence needed' }, defaultValue: false },
];

export const checklistItemProgress: FieldDef[] = [
  {
    key: 'status',
    type: 'enum',
    label: { zh: '状态', en: 'Status' },
    required: true,
    options: checklistItemStatuses,
    defaultValue: 'pending',
  },
  { key: 'reviewer', type: 'text', label: { zh: '审核人', en: 'Reviewer' }, maxLength: 100 },
  { key: 'date', type: 'date', label: { zh: '办理日期', en: 'Date' } },
  { key: 'dueDate', type: 'date', label: { zh: '截止日期', en: 'Due' } },
  { key: 'note', type: 'text', label: { zh: '说明', en: 'Note' }, maxLength: 500 },
  { key: 'evidence', type: 'file', label: { zh: '证明材料', en: 'Evidence' } },
];

/** The checklist field a subject register carries. */
export const checklistField = (): FieldDef => ({
  key: 'checklist',
  type: 'table',
  label: { zh: '审查清单', en: 'Review checklist' },
  columns: [...checklistItemDefinition, ...checklistItemProgress],
  help: {
    zh: '新建时按当时有效的清单模板生成；必需事项未完成时不能进入相应状态',
    en: 'Created from the template in force; a status is refused while an item required before it is open',
  },
});

export const checklistTemplate: RegisterDef = {
  name: 'checklistTemplate',
  label: { zh: '审查清单模板', en: 'Checklist templates' },
  titleField: 'name',
  icon: 'list-check',
  nav: true,
  officeOnly: true,
  ownership: { fixed: officeDepartment },
  fields: [
    { key: 'name', type: 'text', label: { zh: '模板名称', en: 'Name' }, required: true, maxLength: 200 },
    { key: 'subjectKind', type: 'enum', label: { zh: '适用对象', en: 'Applies to' }, required: true, options: checklistSubjectKinds },
    { key: 'effectiveFrom', type: 'date', label: { zh: '生效日期', en: 'In force from' }, required: true },
    { key: 'effectiveTo', type: 'date', label: { zh: '失效日期', en: 'In force until' } },
    { key: 'items', type: 'table', label: { zh: '清单事项', en: 'Items' }, required: true, columns: checklistItemDefinition },
    { key: 'source', type: 'text', label: { zh: '依据文件', en: 'Source document' }, maxLength: 300 },
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['name', 'subjectKind', 'effectiveFrom', 'effectiveTo', 'source'],
  searchFields: ['name', 'subjectKind', 'source', 'notes'],
  filters: [
    { key: 'subjectKind', kind: 'enum', field: 'subjectKind', label: { zh: '适用对象', en: 'Applies to' }, options: checklistSubjectKinds },
  ],
  sortable: ['name', 'subjectKind', 'effectiveFrom', 'effectiveTo', 'updatedAt'],
  defaultSort: { field: 'effectiveFrom', direction: 'desc' },
};

const issue = (field: string, zh: string, en: string): FieldIssue => ({ field, message: { zh, en } });

export function checkChecklistTemplate(values: Record<string, FieldValue>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const from = values.effectiveFrom as string | null;
  const to = values.effectiveTo as string | null;
  if (from && to && to < from)
    issues.push(issue('effectiveTo', '失效日期不能早于生效日期', 'The end date cannot be before the start date'));
  return issues;
}

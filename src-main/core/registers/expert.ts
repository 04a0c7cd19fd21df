import type { FieldIssue, FieldValue, RegisterDef } from '../../contract';
import { endBeforeStart, issue } from '../checks';
import { checklistField } from './checklistTemplate';
import { officeDepartment } from './department';
import { planLinkFields, planLinkFilter } from './planLink';

export const expertKinds = [
  { value: 'expert', label: { zh: '外国专家', en: 'Foreign expert' } },
  { value: 'teacher', label: { zh: '外籍教师', en: 'Foreign teacher' } },
  { value: 'languageTeacher', label: { zh: '外籍语言教师', en: 'Language teacher' } },
];

/** Work permit categories of 外专发〔2017〕40号. */
export const workPermitCategories = [
  { value: 'A', label: { zh: 'A类（外国高端人才）', en: 'A (high-end talent)' } },
  { value: 'B', label: { zh: 'B类（外国专业人才）', en: 'B (professional)' } },
  { value: 'C', label: { zh: 'C类（其他外国人员）', en: 'C (other)' } },
];

/** In workflow order: the hire checklist names these stages (permits before entry and before taking up the post). */
export const expertStatuses = [
  { value: 'applying', label: { zh: '申请中', en: 'Applying' }, color: 'gray' },
  { value: 'approved', label: { zh: '已批准', en: 'Approved' }, color: 'blue' },
  { value: 'arrived', label: { zh: '已入境', en: 'Arrived' }, color: 'cyan' },
  { value: 'inPost', label: { zh: '在岗', en: 'In post' }, color: 'green' },
  { value: 'left', label: { zh: '已离任', en: 'Left' }, color: 'dark' },
  { value: 'cancelled', label: { zh: '已取消', en: 'Cancelled' }, color: 'red' },
];

/**
 * A hire is approved after the background review, the expert enters China on a Z visa, takes up the post once
 * the work-permit card and residence permit are issued, and leaves at the end of the contract (or early).
 */
export const expertTransitions = {
  applying: ['approved', 'cancelled'],
  approved: ['arrived', 'applying', 'cancelled'],
  arrived: ['inPost', 'left'],
  inPost: ['left'],
  left: [],
  cancelled: [],
};

/** Foreign experts and teachers hired by a department (target T16). */
export const expert: RegisterDef = {
  name: 'expert',
  label: { zh: '外籍专家教师', en: 'Foreign experts' },
  titleField: 'title',
  icon: 'id-badge',
  nav: true,
  ownership: { field: 'department' },
  statusField: 'status',
  transitions: expertTransitions,
  officeStatuses: ['approved'],
  checklist: { field: 'checklist', exemptStatuses: ['cancelled', 'applying'] },
  expiryField: 'permitExpiry',
  expiryLabel: { zh: '证件', en: 'Permit' },
  activityField: 'contractFrom',
  // Permits matter while the expert is in China; before entry there is none, after leaving it is moot.
  expiryStatuses: ['arrived', 'inPost'],
  fields: [
    {
      key: 'title',
      type: 'text',
      label: { zh: '聘请事项', en: 'Hire' },
      required: true,
      maxLength: 300,
      help: { zh: '如：外语教学部聘请英语外教（2026—2027学年）', en: 'e.g. English teacher for the Foreign Language Dept., 2026-27' },
    },
    {
      key: 'person',
      type: 'ref',
      ref: 'person',
      label: { zh: '专家/外教', en: 'Expert' },
      required: true,
      help: { zh: '人员库中类别为“外籍专家”的人员', en: 'A person of the category "foreign expert"' },
    },
    {
      key: 'department',
      type: 'department',
      label: { zh: '聘请部门', en: 'Hiring department' },
      required: true,
      defaultValue: officeDepartment,
    },
    { key: 'partner', type: 'ref', ref: 'partner', label: { zh: '派出/来源院校', en: 'Home institution (partner)' } },
    { key: 'kind', type: 'enum', label: { zh: '类别', en: 'Kind' }, required: true, options: expertKinds, defaultValue: 'teacher' },
    { key: 'position', type: 'text', label: { zh: '岗位', en: 'Position' }, maxLength: 200 },
    {
      key: 'category',
      type: 'enum',
      label: { zh: '工作许可类别', en: 'Work permit category' },
      required: true,
      options: workPermitCategories,
      defaultValue: 'B',
    },
    { key: 'status', type: 'enum', label: { zh: '状态', en: 'Status' }, required: true, options: expertStatuses, defaultValue: 'applying' },
    { key: 'contractFrom', type: 'date', label: { zh: '合同开始', en: 'Contract from' } },
    { key: 'contractTo', type: 'date', calendarNear: 'contractFrom', label: { zh: '合同结束', en: 'Contract until' } },
    { key: 'entryDate', type: 'date', label: { zh: '入境日期', en: 'Entered China on' } },
    { key: 'workPermitNumber', type: 'text', label: { zh: '工作许可证号', en: 'Work permit number' }, maxLength: 30, masked: true },
    { key: 'workPermitExpiry', type: 'date', label: { zh: '工作许可有效期至', en: 'Work permit valid until' } },
    { key: 'residencePermitIssued', type: 'date', label: { zh: '居留许可办理日期', en: 'Residence permit issued on' } },
    { key: 'residencePermitNumber', type: 'text', label: { zh: '居留许可号', en: 'Residence permit number' }, maxLength: 30, masked: true },
    { key: 'residencePermitExpiry', type: 'date', label: { zh: '居留许可有效期至', en: 'Residence permit valid until' } },
    { key: 'permitExpiry', type: 'date', derived: true, label: { zh: '证件最早到期', en: 'First permit expiry' } },
    checklistField(),
    ...planLinkFields(),
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['title', 'person', 'department', 'kind', 'category', 'contractFrom', 'contractTo', 'permitExpiry', 'status'],
  searchFields: ['title', 'person', 'position', 'notes'],
  filters: [
    { key: 'status', kind: 'enum', field: 'status', label: { zh: '状态', en: 'Status' }, options: expertStatuses },
    { key: 'kind', kind: 'enum', field: 'kind', label: { zh: '类别', en: 'Kind' }, options: expertKinds },
    {
      key: 'category',
      kind: 'enum',
      field: 'category',
      label: { zh: '工作许可类别', en: 'Work permit category' },
      options: workPermitCategories,
    },
    { key: 'department', kind: 'department', field: 'department', label: { zh: '聘请部门', en: 'Department' } },
    { key: 'permitExpires', kind: 'expiryWindow', field: 'permitExpiry', label: { zh: '证件到期', en: 'Permit expiry' } },
    { key: 'person', kind: 'ref', field: 'person', label: { zh: '专家/外教', en: 'Expert' } },
    { key: 'partner', kind: 'ref', field: 'partner', label: { zh: '来源院校', en: 'Home institution' } },
    planLinkFilter,
  ],
  sortable: ['title', 'kind', 'category', 'contractFrom', 'contractTo', 'permitExpiry', 'status', 'updatedAt'],
  defaultSort: { field: 'contractFrom', direction: 'desc' },
};

/** The permit that lapses first decides when the expert must renew. */
export function deriveExpert(values: Record<string, FieldValue>): Record<string, FieldValue> {
  const dates = [values.workPermitExpiry, values.residencePermitExpiry].filter((d): d is string => typeof d === 'string').sort();
  return { permitExpiry: dates[0] ?? null };
}

export const permitNumberPattern = /^[A-Z0-9]{5,30}$/;

const permits: [string, string, string][] = [
  ['workPermitNumber', '工作许可证号', 'work permit number'],
  ['workPermitExpiry', '工作许可有效期', 'work permit expiry'],
  ['residencePermitNumber', '居留许可号', 'residence permit number'],
  ['residencePermitExpiry', '居留许可有效期', 'residence permit expiry'],
];

/** Contract dates in order and known once approved; permit numbers as printed; entry once arrived, permits once in post. */
export function checkExpert(values: Record<string, FieldValue>): FieldIssue[] {
  const issues = endBeforeStart(
    values,
    'contractFrom',
    'contractTo',
    '合同结束日期不能早于开始日期',
    'The contract cannot end before it starts',
  );
  for (const key of ['workPermitNumber', 'residencePermitNumber']) {
    const number = values[key] as string | null;
    if (number && !permitNumberPattern.test(number))
      issues.push(issue(key, '证件号码应为 5–30 位大写字母或数字', 'A permit number is 5-30 capital letters or digits'));
  }
  const status = String(values.status ?? '');
  if (status !== 'applying' && status !== 'cancelled') {
    if (!values.contractFrom) issues.push(issue('contractFrom', '批准前须填写合同开始日期', 'The contract start is needed for approval'));
    if (!values.contractTo) issues.push(issue('contractTo', '批准前须填写合同结束日期', 'The contract end is needed for approval'));
  }
  if (['arrived', 'inPost', 'left'].includes(status) && !values.entryDate)
    issues.push(issue('entryDate', '入境后须填写入境日期', 'Enter the date the expert entered China'));
  if (status === 'inPost') {
    for (const [key, zh, en] of permits) if (!values[key]) issues.push(issue(key, `到岗须填写${zh}`, `The ${en} is needed once in post`));
  }
  return issues;
}

import type { FieldIssue, FieldValue, RegisterDef } from '../../contract';
import { officeDepartment } from './department';

export const agreementTypes = [
  { value: 'frameworkMou', label: { zh: '框架合作备忘录', en: 'Framework MOU' } },
  { value: 'studentExchange', label: { zh: '学生交流', en: 'Student exchange' } },
  { value: 'teacherExchange', label: { zh: '教师交流', en: 'Teacher exchange' } },
  { value: 'jointTraining', label: { zh: '联合培养', en: 'Joint training' } },
  { value: 'cooperativeProgram', label: { zh: '中外合作办学', en: 'Sino-foreign cooperative program' } },
  { value: 'teacherTrainingBase', label: { zh: '师资培养培训基地', en: 'Teacher training base' } },
  { value: 'research', label: { zh: '科研合作', en: 'Research' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
];

export const agreementLevels = [
  { value: 'university', label: { zh: '校级', en: 'University' } },
  { value: 'department', label: { zh: '院系级', en: 'Department' } },
];

export const agreementStatuses = [
  { value: 'draft', label: { zh: '草拟', en: 'Draft' }, color: 'gray' },
  { value: 'underReview', label: { zh: '审核中', en: 'Under review' }, color: 'blue' },
  { value: 'active', label: { zh: '有效', en: 'Active' }, color: 'green' },
  { value: 'expired', label: { zh: '已到期', en: 'Expired' }, color: 'orange' },
  { value: 'terminated', label: { zh: '已终止', en: 'Terminated' }, color: 'red' },
];

/**
 * An agreement is drafted, reviewed (standing, background and need of the partner; countersigned), then
 * signed and in force until it expires or is terminated. A review can send a draft back; an expired
 * agreement comes back into force when it is renewed.
 */
export const agreementTransitions = {
  draft: ['underReview', 'terminated'],
  underReview: ['draft', 'active', 'terminated'],
  active: ['expired', 'terminated'],
  expired: ['active', 'terminated'],
  terminated: [],
};

export const agreement: RegisterDef = {
  name: 'agreement',
  label: { zh: '合作协议', en: 'Agreements' },
  titleField: 'title',
  icon: 'file-certificate',
  nav: true,
  ownership: { field: 'department' },
  statusField: 'status',
  transitions: agreementTransitions,
  expiryField: 'expiryDate',
  expiryLabel: { zh: '协议', en: 'Agreement' },
  activityField: 'signedDate',
  // A draft or a terminated agreement has nothing to renew.
  expiryStatuses: ['active'],
  fields: [
    { key: 'title', type: 'text', label: { zh: '协议名称', en: 'Title' }, required: true, maxLength: 300 },
    { key: 'partner', type: 'ref', ref: 'partner', label: { zh: '合作方', en: 'Partner' }, required: true },
    {
      key: 'type',
      type: 'enum',
      label: { zh: '协议类型', en: 'Type' },
      required: true,
      options: agreementTypes,
      defaultValue: 'frameworkMou',
    },
    {
      key: 'level',
      type: 'enum',
      label: { zh: '协议层级', en: 'Level' },
      required: true,
      options: agreementLevels,
      defaultValue: 'university',
    },
    { key: 'status', type: 'enum', label: { zh: '状态', en: 'Status' }, required: true, options: agreementStatuses, defaultValue: 'draft' },
    {
      key: 'department',
      type: 'department',
      label: { zh: '归口部门', en: 'Owning department' },
      required: true,
      defaultValue: officeDepartment,
    },
    { key: 'departmentsInvolved', type: 'departmentList', label: { zh: '参与部门', en: 'Departments involved' } },
    { key: 'signedDate', type: 'date', label: { zh: '签署日期', en: 'Signed on' } },
    { key: 'effectiveDate', type: 'date', label: { zh: '生效日期', en: 'Effective from' } },
    { key: 'expiryDate', type: 'date', label: { zh: '到期日期', en: 'Expires on' } },
    { key: 'autoRenewal', type: 'boolean', label: { zh: '自动续期', en: 'Renews automatically' }, defaultValue: false },
    { key: 'signatoryOurs', type: 'text', label: { zh: '我方签署人', en: 'Our signatory' }, maxLength: 100 },
    { key: 'signatoryPartner', type: 'text', label: { zh: '对方签署人', en: "Partner's signatory" }, maxLength: 200 },
    { key: 'document', type: 'file', label: { zh: '协议文本（签署版）', en: 'Signed document' } },
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['title', 'partner', 'type', 'level', 'status', 'department', 'signedDate', 'expiryDate'],
  searchFields: ['title', 'partner', 'signatoryOurs', 'signatoryPartner', 'notes'],
  filters: [
    { key: 'status', kind: 'enum', field: 'status', label: { zh: '状态', en: 'Status' }, options: agreementStatuses },
    { key: 'type', kind: 'enum', field: 'type', label: { zh: '协议类型', en: 'Type' }, options: agreementTypes },
    { key: 'country', kind: 'refEnum', field: 'partner.country', label: { zh: '国家/地区', en: 'Country / region' } },
    { key: 'department', kind: 'department', field: 'department', label: { zh: '归口部门', en: 'Department' } },
    { key: 'expiresWithin', kind: 'expiryWindow', field: 'expiryDate', label: { zh: '到期时间', en: 'Expiry' } },
    { key: 'partner', kind: 'ref', field: 'partner', label: { zh: '合作方', en: 'Partner' } },
  ],
  sortable: ['title', 'type', 'level', 'status', 'signedDate', 'effectiveDate', 'expiryDate', 'updatedAt'],
  defaultSort: { field: 'updatedAt', direction: 'desc' },
};

const issue = (field: string, zh: string, en: string): FieldIssue => ({ field, message: { zh, en } });

/** Rules across fields that a single field's type cannot express. */
export function checkAgreement(values: Record<string, FieldValue>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const signed = values.signedDate as string | null;
  const effective = values.effectiveDate as string | null;
  const expiry = values.expiryDate as string | null;
  if (signed && effective && effective < signed) {
    issues.push(issue('effectiveDate', '生效日期不能早于签署日期', 'The effective date cannot be before the signing date'));
  }
  const start = effective ?? signed;
  if (start && expiry && expiry <= start) {
    issues.push(issue('expiryDate', '到期日期必须晚于生效日期', 'The expiry date must be after the date it takes effect'));
  }
  if ((values.status === 'active' || values.status === 'expired') && !signed) {
    issues.push(issue('signedDate', '生效或到期的协议须填写签署日期', 'An agreement in force or expired needs its signing date'));
  }
  return issues;
}

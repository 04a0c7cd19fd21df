import type { FieldIssue, FieldValue, RegisterDef, TableRow } from '../../contract';
import { nationalityOptions } from '../countries';
import { officeDepartment } from './department';

export const personCategories = [
  { value: 'teacher', label: { zh: '教师', en: 'Teacher' } },
  { value: 'staff', label: { zh: '管理人员', en: 'Staff' } },
  { value: 'student', label: { zh: '学生', en: 'Student' } },
  { value: 'foreignExpert', label: { zh: '外籍专家', en: 'Foreign expert' } },
  { value: 'visitor', label: { zh: '来访人员', en: 'Visitor' } },
];

export const genders = [
  { value: 'male', label: { zh: '男', en: 'Male' } },
  { value: 'female', label: { zh: '女', en: 'Female' } },
];

export const passportTypes = [
  { value: 'official', label: { zh: '因公护照', en: 'Official (因公)' } },
  { value: 'private', label: { zh: '因私护照', en: 'Private (因私)' } },
  { value: 'diplomatic', label: { zh: '外交护照', en: 'Diplomatic' } },
  { value: 'foreign', label: { zh: '外国护照', en: 'Foreign passport' } },
];

export const experienceKinds = [
  { value: 'degree', label: { zh: '学位', en: 'Degree' } },
  { value: 'visitingScholar', label: { zh: '访问学者', en: 'Visiting scholar' } },
  { value: 'training', label: { zh: '进修培训', en: 'Training' } },
  { value: 'work', label: { zh: '工作', en: 'Work' } },
  { value: 'conference', label: { zh: '会议', en: 'Conference' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
];

export const person: RegisterDef = {
  name: 'person',
  label: { zh: '人员', en: 'People' },
  titleField: 'name',
  icon: 'users',
  nav: true,
  ownership: { field: 'department' },
  expiryField: 'passportExpiry',
  expiryLabel: { zh: '护照', en: 'Passport' },
  fields: [
    {
      key: 'name',
      type: 'text',
      label: { zh: '姓名', en: 'Name' },
      required: true,
      maxLength: 100,
      help: { zh: '中文姓名；外籍人员可填常用名', en: 'Chinese name, or the name in common use' },
    },
    { key: 'nameOriginal', type: 'text', label: { zh: '原文姓名', en: 'Name in original script' }, maxLength: 200 },
    { key: 'gender', type: 'enum', label: { zh: '性别', en: 'Gender' }, options: genders },
    {
      key: 'category',
      type: 'enum',
      label: { zh: '人员类别', en: 'Category' },
      required: true,
      options: personCategories,
      defaultValue: 'teacher',
    },
    { key: 'department', type: 'department', label: { zh: '所在部门', en: 'Department' }, required: true, defaultValue: officeDepartment },
    { key: 'position', type: 'text', label: { zh: '职务/职称', en: 'Title / position' }, maxLength: 100 },
    {
      key: 'leadership',
      type: 'boolean',
      label: { zh: '单位领导班子成员', en: "Member of the unit's leadership team" },
      defaultValue: false,
      help: { zh: '同一单位领导班子成员不宜同团出访', en: "Members of one unit's leadership team should not travel in one group" },
    },
    { key: 'phone', type: 'text', label: { zh: '联系电话', en: 'Phone' }, maxLength: 40 },
    { key: 'email', type: 'email', label: { zh: '电子邮箱', en: 'E-mail' }, maxLength: 200 },
    { key: 'nationality', type: 'enum', label: { zh: '国籍', en: 'Nationality' }, options: nationalityOptions, defaultValue: 'CN' },
    { key: 'passportNumber', type: 'text', label: { zh: '护照号码', en: 'Passport number' }, maxLength: 20, masked: true },
    { key: 'passportType', type: 'enum', label: { zh: '护照类型', en: 'Passport type' }, options: passportTypes },
    { key: 'passportExpiry', type: 'date', label: { zh: '护照有效期至', en: 'Passport valid until' } },
    {
      key: 'foreignResidence',
      type: 'boolean',
      label: { zh: '有外国国籍或境外永久居留权', en: 'Foreign nationality or permanent residence' },
      defaultValue: false,
      help: { zh: '政审备案表须如实申报', en: 'Must be declared on the political review form' },
    },
    { key: 'foreignResidenceDetails', type: 'text', label: { zh: '申报说明', en: 'Declaration details' }, maxLength: 300 },
    {
      key: 'overseasExperience',
      type: 'table',
      label: { zh: '境外经历', en: 'Overseas experience' },
      columns: [
        { key: 'country', type: 'enum', label: { zh: '国家/地区', en: 'Country / region' }, required: true, options: nationalityOptions },
        { key: 'institution', type: 'text', label: { zh: '机构', en: 'Institution' }, maxLength: 200 },
        {
          key: 'kind',
          type: 'enum',
          label: { zh: '类型', en: 'Kind' },
          required: true,
          options: experienceKinds,
          defaultValue: 'visitingScholar',
        },
        { key: 'from', type: 'date', label: { zh: '开始', en: 'From' } },
        { key: 'to', type: 'date', label: { zh: '结束', en: 'To' } },
      ],
    },
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: [
    'name',
    'nameOriginal',
    'category',
    'department',
    'position',
    'nationality',
    'passportType',
    'passportNumber',
    'passportExpiry',
  ],
  searchFields: ['name', 'nameOriginal', 'position', 'email', 'notes'],
  filters: [
    { key: 'category', kind: 'enum', field: 'category', label: { zh: '人员类别', en: 'Category' }, options: personCategories },
    { key: 'department', kind: 'department', field: 'department', label: { zh: '所在部门', en: 'Department' } },
    { key: 'passportType', kind: 'enum', field: 'passportType', label: { zh: '护照类型', en: 'Passport type' }, options: passportTypes },
    { key: 'passportExpires', kind: 'expiryWindow', field: 'passportExpiry', label: { zh: '护照到期', en: 'Passport expiry' } },
  ],
  sortable: ['name', 'nameOriginal', 'category', 'position', 'nationality', 'passportExpiry', 'updatedAt'],
  defaultSort: { field: 'updatedAt', direction: 'desc' },
};

const issue = (field: string, zh: string, en: string): FieldIssue => ({ field, message: { zh, en } });

export const passportNumberPattern = /^[A-Z0-9]{5,20}$/;

export function checkPerson(values: Record<string, FieldValue>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const passport = values.passportNumber as string | null;
  if (passport && !passportNumberPattern.test(passport)) {
    issues.push(issue('passportNumber', '护照号码应为 5–20 位大写字母或数字', 'A passport number is 5-20 capital letters or digits'));
  }
  if (values.foreignResidence === true && !values.foreignResidenceDetails) {
    issues.push(
      issue('foreignResidenceDetails', '申报了外国国籍或永久居留权，请填写说明', 'Describe the declared nationality or residence'),
    );
  }
  ((values.overseasExperience as TableRow[] | null) ?? []).forEach((row, i) => {
    if (row.from && row.to && String(row.to) < String(row.from)) {
      issues.push(
        issue(
          `overseasExperience.${i}.to`,
          `境外经历第 ${i + 1} 行：结束日期早于开始日期`,
          `Overseas experience row ${i + 1}: ends before it starts`,
        ),
      );
    }
  });
  return issues;
}

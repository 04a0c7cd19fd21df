import type { RegisterDef } from '../../contract';
import { officeDepartment } from './department';

export const fundKinds = [
  { value: 'routine', label: { zh: '外事常规经费', en: 'Routine foreign-affairs funds' } },
  { value: 'teacherVisiting', label: { zh: '教师访学进修基金', en: 'Teacher visiting / study fund' } },
  {
    value: 'youngTeacherTraining',
    label: { zh: '中青年骨干教师国（境）外培训基金', en: 'Young and mid-career teacher overseas training fund' },
  },
  { value: 'studentStudyAbroad', label: { zh: '学生公派留学基金', en: 'Student study-abroad fund' } },
  { value: 'departmentMatching', label: { zh: '院系部配套资金', en: 'Department matching funds' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
];

export const fund: RegisterDef = {
  name: 'fund',
  label: { zh: '专项经费', en: 'Funds' },
  titleField: 'name',
  icon: 'coin',
  nav: true,
  ownership: { field: 'department' },
  fields: [
    { key: 'name', type: 'text', label: { zh: '经费名称', en: 'Name' }, required: true, maxLength: 200 },
    { key: 'fiscalYear', type: 'integer', label: { zh: '年度', en: 'Fiscal year' }, required: true, min: 2000, max: 2100 },
    { key: 'kind', type: 'enum', label: { zh: '经费类别', en: 'Kind' }, required: true, options: fundKinds, defaultValue: 'routine' },
    {
      key: 'department',
      type: 'department',
      label: { zh: '管理部门', en: 'Owning department' },
      required: true,
      defaultValue: officeDepartment,
    },
    { key: 'total', type: 'money', label: { zh: '总额（元）', en: 'Total (CNY)' }, required: true },
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['name', 'fiscalYear', 'kind', 'department', 'total'],
  searchFields: ['name', 'kind', 'notes'],
  filters: [
    { key: 'kind', kind: 'enum', field: 'kind', label: { zh: '经费类别', en: 'Kind' }, options: fundKinds },
    { key: 'department', kind: 'department', field: 'department', label: { zh: '管理部门', en: 'Department' } },
  ],
  sortable: ['name', 'fiscalYear', 'kind', 'total', 'updatedAt'],
  defaultSort: { field: 'fiscalYear', direction: 'desc' },
};

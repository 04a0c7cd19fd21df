import type { RegisterDef } from '../../contract';
import { officeDepartment } from './department';
import { planLinkFields, planLinkFilter } from './planLink';

export const programKinds = [
  { value: 'shortVisit', label: { zh: '短期访学', en: 'Short visit' } },
  { value: 'semesterExchange', label: { zh: '学期交流', en: 'Semester exchange' } },
  { value: 'exchangeStudents', label: { zh: '交换生', en: 'Exchange students' } },
  { value: 'jointTrainingUndergraduate', label: { zh: '本科联合培养', en: 'Joint training (undergraduate)' } },
  { value: 'jointTrainingGraduate', label: { zh: '研究生联合培养', en: 'Joint training (graduate)' } },
  { value: 'cooperativeProgram', label: { zh: '中外合作办学项目', en: 'Sino-foreign cooperative program' } },
  { value: 'creditRecognition', label: { zh: '学分/课程互认', en: 'Credit / course recognition' } },
  { value: 'degreeCoAward', label: { zh: '学位互授', en: 'Degree co-award' } },
  { value: 'stagedStudy', label: { zh: '分阶段学习', en: 'Staged study' } },
  { value: 'overseasPractice', label: { zh: '海外实践', en: 'Overseas practice' } },
];

export const programLevels = [
  { value: 'undergraduate', label: { zh: '本科生', en: 'Undergraduates' } },
  { value: 'graduate', label: { zh: '研究生', en: 'Graduate students' } },
  { value: 'teacher', label: { zh: '教师', en: 'Teachers' } },
  { value: 'mixed', label: { zh: '师生', en: 'Teachers and students' } },
];

export const programStatuses = [
  { value: 'planned', label: { zh: '筹备中', en: 'Planned' }, color: 'gray' },
  { value: 'active', label: { zh: '运行中', en: 'Active' }, color: 'green' },
  { value: 'suspended', label: { zh: '暂停', en: 'Suspended' }, color: 'orange' },
  { value: 'ended', label: { zh: '已结束', en: 'Ended' }, color: 'dark' },
];

/** A program runs once agreed, may pause (a partner's reform, a travel ban) and resume, and ends for good. */
export const programTransitions = {
  planned: ['active', 'ended'],
  active: ['suspended', 'ended'],
  suspended: ['active', 'ended'],
  ended: [],
};

/** A regular teacher or student exchange a department runs with a partner (常态化师生国际交流项目, target T3). */
export const program: RegisterDef = {
  name: 'program',
  label: { zh: '交流项目', en: 'Exchange programs' },
  titleField: 'title',
  icon: 'arrows-exchange',
  nav: true,
  ownership: { field: 'department' },
  statusField: 'status',
  transitions: programTransitions,
  fields: [
    { key: 'title', type: 'text', label: { zh: '项目名称', en: 'Title' }, required: true, maxLength: 300 },
    { key: 'department', type: 'department', label: { zh: '承办部门', en: 'Department' }, required: true, defaultValue: officeDepartment },
    { key: 'partner', type: 'ref', ref: 'partner', label: { zh: '合作院校', en: 'Partner' }, required: true },
    {
      key: 'agreement',
      type: 'ref',
      ref: 'agreement',
      label: { zh: '依据协议', en: 'Agreement' },
      help: { zh: '须为与该合作院校签订的协议', en: 'An agreement with the same partner' },
    },
    {
      key: 'kind',
      type: 'enum',
      label: { zh: '项目类型', en: 'Kind' },
      required: true,
      options: programKinds,
      defaultValue: 'semesterExchange',
    },
    { key: 'level', type: 'enum', label: { zh: '对象', en: 'For' }, required: true, options: programLevels, defaultValue: 'undergraduate' },
    { key: 'startYear', type: 'integer', label: { zh: '开始年份', en: 'First year' }, required: true, min: 2000, max: 2100 },
    { key: 'annualQuota', type: 'integer', label: { zh: '每年名额', en: 'Places a year' }, min: 0, max: 10000 },
    { key: 'status', type: 'enum', label: { zh: '状态', en: 'Status' }, required: true, options: programStatuses, defaultValue: 'planned' },
    ...planLinkFields(),
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['title', 'partner', 'kind', 'level', 'department', 'startYear', 'annualQuota', 'status'],
  searchFields: ['title', 'partner', 'agreement', 'notes'],
  filters: [
    { key: 'status', kind: 'enum', field: 'status', label: { zh: '状态', en: 'Status' }, options: programStatuses },
    { key: 'kind', kind: 'enum', field: 'kind', label: { zh: '项目类型', en: 'Kind' }, options: programKinds },
    { key: 'level', kind: 'enum', field: 'level', label: { zh: '对象', en: 'For' }, options: programLevels },
    { key: 'department', kind: 'department', field: 'department', label: { zh: '承办部门', en: 'Department' } },
    { key: 'country', kind: 'refEnum', field: 'partner.country', label: { zh: '国家/地区', en: 'Country / region' } },
    { key: 'partner', kind: 'ref', field: 'partner', label: { zh: '合作院校', en: 'Partner' } },
    planLinkFilter,
  ],
  sortable: ['title', 'kind', 'level', 'startYear', 'annualQuota', 'status', 'updatedAt'],
  defaultSort: { field: 'updatedAt', direction: 'desc' },
};

import type { FieldIssue, FieldValue, RegisterDef } from '../../contract';
import { endBeforeStart, issue } from '../checks';
import { countryOptions } from '../countries';
import { officeDepartment } from './department';
import { planLinkFields, planLinkFilter } from './planLink';
import { programKinds } from './program';

const programKind = (value: string) => programKinds.find((k) => k.value === value)!;

/** What a student goes abroad for; the kinds a program also has keep the program's names. */
export const mobilityKinds = [
  programKind('shortVisit'),
  programKind('semesterExchange'),
  { value: 'jointTraining', label: { zh: '联合培养', en: 'Joint training' } },
  programKind('stagedStudy'),
  { value: 'degree', label: { zh: '攻读学位', en: 'Degree study' } },
  { value: 'summerSchool', label: { zh: '暑期学校', en: 'Summer school' } },
  programKind('overseasPractice'),
  { value: 'competition', label: { zh: '国际会议/竞赛', en: 'Conference or competition' } },
];

export const mobilityStatuses = [
  { value: 'planned', label: { zh: '已录取', en: 'Admitted' }, color: 'blue' },
  { value: 'abroad', label: { zh: '在外学习', en: 'Abroad' }, color: 'violet' },
  { value: 'returned', label: { zh: '已返校', en: 'Returned' }, color: 'green' },
  { value: 'cancelled', label: { zh: '已取消', en: 'Cancelled' }, color: 'red' },
];

/** A student admitted may still withdraw; once abroad, the only way is back. */
export const mobilityTransitions = {
  planned: ['abroad', 'cancelled'],
  abroad: ['returned'],
  returned: [],
  cancelled: [],
};

/** One student's stay abroad, on a program or on their own (targets T8, and the plan's student exchange lines). */
export const mobility: RegisterDef = {
  name: 'mobility',
  label: { zh: '学生出国（境）交流', en: 'Student mobility' },
  titleField: 'title',
  icon: 'school',
  nav: true,
  ownership: { field: 'department' },
  statusField: 'status',
  activityField: 'fromDate',
  transitions: mobilityTransitions,
  fields: [
    {
      key: 'title',
      type: 'text',
      label: { zh: '事由', en: 'Title' },
      required: true,
      maxLength: 300,
      help: { zh: '如：2026年秋季赴伦敦大学学院学期交流', en: 'e.g. Autumn 2026 semester exchange at UCL' },
    },
    {
      key: 'student',
      type: 'ref',
      ref: 'person',
      label: { zh: '学生', en: 'Student' },
      required: true,
      refScope: 'ownDepartments',
      help: { zh: '人员库中类别为“学生”的人员', en: 'A person of the category "student"' },
    },
    { key: 'department', type: 'department', label: { zh: '所在院系', en: 'Department' }, required: true, defaultValue: officeDepartment },
    {
      key: 'program',
      type: 'ref',
      ref: 'program',
      label: { zh: '交流项目', en: 'Program' },
      help: { zh: '自主申请的交流不填', en: 'Empty for a trip the student arranged on their own' },
    },
    { key: 'partner', type: 'ref', ref: 'partner', label: { zh: '接收院校（合作院校）', en: 'Host (partner)' } },
    { key: 'hostName', type: 'text', label: { zh: '接收院校（其他）', en: 'Host (other institution)' }, maxLength: 300 },
    { key: 'country', type: 'enum', label: { zh: '国家/地区', en: 'Country / region' }, required: true, options: countryOptions },
    {
      key: 'kind',
      type: 'enum',
      label: { zh: '交流类型', en: 'Kind' },
      required: true,
      options: mobilityKinds,
      defaultValue: 'semesterExchange',
    },
    { key: 'fromDate', type: 'date', label: { zh: '出境日期', en: 'From' }, required: true },
    { key: 'toDate', type: 'date', label: { zh: '返校日期', en: 'To' }, required: true },
    {
      key: 'status',
      type: 'enum',
      label: { zh: '状态', en: 'Status' },
      required: true,
      options: mobilityStatuses,
      defaultValue: 'planned',
    },
    { key: 'fund', type: 'ref', ref: 'fund', label: { zh: '资助经费', en: 'Funded by' } },
    { key: 'creditsRecognised', type: 'decimal', label: { zh: '返校认定学分', en: 'Credits recognised on return' } },
    ...planLinkFields(),
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['title', 'student', 'department', 'country', 'kind', 'fromDate', 'toDate', 'status', 'creditsRecognised'],
  searchFields: ['title', 'student', 'program', 'partner', 'hostName', 'notes'],
  filters: [
    { key: 'status', kind: 'enum', field: 'status', label: { zh: '状态', en: 'Status' }, options: mobilityStatuses },
    { key: 'kind', kind: 'enum', field: 'kind', label: { zh: '交流类型', en: 'Kind' }, options: mobilityKinds },
    { key: 'department', kind: 'department', field: 'department', label: { zh: '所在院系', en: 'Department' } },
    { key: 'country', kind: 'enum', field: 'country', label: { zh: '国家/地区', en: 'Country / region' }, options: countryOptions },
    { key: 'fromDate', kind: 'dateRange', field: 'fromDate', label: { zh: '出境日期', en: 'From' } },
    { key: 'student', kind: 'ref', field: 'student', label: { zh: '学生', en: 'Student' } },
    { key: 'program', kind: 'ref', field: 'program', label: { zh: '交流项目', en: 'Program' } },
    { key: 'partner', kind: 'ref', field: 'partner', label: { zh: '接收院校', en: 'Host' } },
    planLinkFilter,
  ],
  sortable: ['title', 'country', 'kind', 'fromDate', 'toDate', 'status', 'updatedAt'],
  defaultSort: { field: 'fromDate', direction: 'desc' },
};

/** Dates in order; a host named; credits only once the student is back. */
export function checkMobility(values: Record<string, FieldValue>): FieldIssue[] {
  const issues = endBeforeStart(values, 'fromDate', 'toDate', '返校日期不能早于出境日期', 'The return date cannot be before the departure');
  if (!values.partner && !values.hostName)
    issues.push(issue('partner', '请选择接收院校或填写其他接收院校', 'Choose the host partner or name the host institution'));
  if (values.creditsRecognised && values.status !== 'returned') {
    issues.push(issue('creditsRecognised', '学分在学生返校后认定', 'Credits are recognised once the student has returned'));
  }
  return issues;
}

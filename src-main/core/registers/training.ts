import type { FieldIssue, FieldValue, RegisterDef } from '../../contract';
import { endBeforeStart, issue } from '../checks';
import { countryOptions } from '../countries';
import { officeDepartment } from './department';
import { planLinkFields, planLinkFilter } from './planLink';

export const trainingFunders = [
  { value: 'mofcom', label: { zh: '商务部援外培训', en: 'Ministry of Commerce aid training' } },
  { value: 'acftu', label: { zh: '中华全国总工会', en: 'ACFTU' } },
  { value: 'internationalOrganisation', label: { zh: '国际组织', en: 'International organisation' } },
  { value: 'university', label: { zh: '学校自筹', en: 'University funds' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
];

export const trainingAudiences = [
  { value: 'tradeUnionCadres', label: { zh: '国际工会干部', en: 'Trade-union cadres' } },
  { value: 'ngoStaff', label: { zh: '国际非政府组织人员', en: 'NGO staff' } },
  { value: 'officials', label: { zh: '发展中国家官员', en: 'Officials of developing countries' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
];

export const trainingStatuses = [
  { value: 'planned', label: { zh: '筹备中', en: 'Planned' }, color: 'gray' },
  { value: 'approved', label: { zh: '已立项', en: 'Approved' }, color: 'blue' },
  { value: 'running', label: { zh: '进行中', en: 'Running' }, color: 'violet' },
  { value: 'completed', label: { zh: '已结业', en: 'Completed' }, color: 'green' },
  { value: 'cancelled', label: { zh: '已取消', en: 'Cancelled' }, color: 'red' },
];

export const trainingTransitions = {
  planned: ['approved', 'cancelled'],
  approved: ['running', 'planned', 'cancelled'],
  running: ['completed'],
  completed: [],
  cancelled: [],
};

/** International trainings for trade-union cadres, NGO staff and aid-training classes (target T13). */
export const training: RegisterDef = {
  name: 'training',
  label: { zh: '国际培训', en: 'Trainings' },
  titleField: 'title',
  icon: 'certificate',
  nav: true,
  ownership: { field: 'department' },
  statusField: 'status',
  transitions: trainingTransitions,
  fields: [
    { key: 'title', type: 'text', label: { zh: '培训项目名称', en: 'Title' }, required: true, maxLength: 300 },
    {
      key: 'department',
      type: 'department',
      label: { zh: '承办部门', en: 'Organising department' },
      required: true,
      defaultValue: officeDepartment,
    },
    {
      key: 'funder',
      type: 'enum',
      label: { zh: '项目来源', en: 'Funder' },
      required: true,
      options: trainingFunders,
      defaultValue: 'mofcom',
    },
    {
      key: 'funderName',
      type: 'text',
      label: { zh: '资助方名称', en: 'Funder name' },
      maxLength: 200,
      help: { zh: '国际组织或其他来源时填写', en: 'For an international organisation or another funder' },
    },
    {
      key: 'audience',
      type: 'enum',
      label: { zh: '培训对象', en: 'Trainees are' },
      required: true,
      options: trainingAudiences,
      defaultValue: 'tradeUnionCadres',
    },
    { key: 'startDate', type: 'date', label: { zh: '开班日期', en: 'Start date' }, required: true },
    { key: 'endDate', type: 'date', label: { zh: '结业日期', en: 'End date' }, required: true },
    { key: 'place', type: 'text', label: { zh: '地点', en: 'Place' }, maxLength: 200 },
    { key: 'trainees', type: 'integer', label: { zh: '学员人数', en: 'Trainees' }, min: 0, max: 10000 },
    { key: 'countries', type: 'enumList', label: { zh: '学员来源国家/地区', en: "Trainees' countries" }, options: countryOptions },
    {
      key: 'status',
      type: 'enum',
      label: { zh: '状态', en: 'Status' },
      required: true,
      options: trainingStatuses,
      defaultValue: 'planned',
    },
    ...planLinkFields(),
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['title', 'department', 'funder', 'audience', 'startDate', 'endDate', 'trainees', 'countries', 'status'],
  searchFields: ['title', 'funderName', 'place', 'notes'],
  filters: [
    { key: 'status', kind: 'enum', field: 'status', label: { zh: '状态', en: 'Status' }, options: trainingStatuses },
    { key: 'funder', kind: 'enum', field: 'funder', label: { zh: '项目来源', en: 'Funder' }, options: trainingFunders },
    { key: 'department', kind: 'department', field: 'department', label: { zh: '承办部门', en: 'Department' } },
    {
      key: 'country',
      kind: 'listContains',
      field: 'countries',
      label: { zh: '国家/地区', en: 'Country / region' },
      options: countryOptions,
    },
    { key: 'startDate', kind: 'dateRange', field: 'startDate', label: { zh: '开班日期', en: 'Start date' } },
    planLinkFilter,
  ],
  sortable: ['title', 'funder', 'startDate', 'endDate', 'trainees', 'status', 'updatedAt'],
  defaultSort: { field: 'startDate', direction: 'desc' },
};

/** Dates in order; an unnamed funder named; at least one trainee from each country listed, and a class once it runs. */
export function checkTraining(values: Record<string, FieldValue>): FieldIssue[] {
  const issues = endBeforeStart(values, 'startDate', 'endDate', '结业日期不能早于开班日期', 'The training cannot end before it starts');
  if ((values.funder === 'internationalOrganisation' || values.funder === 'other') && !values.funderName) {
    issues.push(issue('funderName', '请填写资助方名称', 'Name the funder'));
  }
  const trainees = values.trainees as number | null;
  const countries = (values.countries as string[] | null) ?? [];
  if (trainees !== null && countries.length > trainees) {
    issues.push(
      issue(
        'countries',
        `${countries.length} 个国家/地区，学员却只有 ${trainees} 人`,
        `${countries.length} countries, but only ${trainees} trainees`,
      ),
    );
  }
  if ((values.status === 'running' || values.status === 'completed') && !trainees) {
    issues.push(issue('trainees', '开班后须填写学员人数', 'Enter the number of trainees once the training runs'));
  }
  return issues;
}

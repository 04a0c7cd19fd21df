import type { RegisterDef } from '../../contract';
import { officeDepartment } from './department';

/** A five-year plan for international cooperation; its targets and timetable are records that refer to it. */
export const plan: RegisterDef = {
  name: 'plan',
  label: { zh: '发展规划', en: 'Plans' },
  titleField: 'nameZh',
  icon: 'target',
  nav: true,
  officeOnly: true,
  ownership: { fixed: officeDepartment },
  fields: [
    { key: 'code', type: 'text', label: { zh: '代码', en: 'Code' }, required: true, maxLength: 20, unique: true },
    { key: 'nameZh', type: 'text', label: { zh: '中文名称', en: 'Chinese name' }, required: true, maxLength: 200 },
    { key: 'nameEn', type: 'text', label: { zh: '英文名称', en: 'English name' }, maxLength: 300 },
    { key: 'startYear', type: 'integer', label: { zh: '起始年份', en: 'First year' }, required: true, min: 2000, max: 2100 },
    { key: 'endYear', type: 'integer', label: { zh: '结束年份', en: 'Last year' }, required: true, min: 2000, max: 2100 },
  ],
  listColumns: ['code', 'nameZh', 'nameEn', 'startYear', 'endYear'],
  searchFields: ['code', 'nameZh', 'nameEn'],
  filters: [],
  sortable: ['code', 'startYear'],
  defaultSort: { field: 'startYear', direction: 'desc' },
};

export const targetKinds = [
  { value: 'count', label: { zh: '数量', en: 'Count' } },
  { value: 'range', label: { zh: '区间', en: 'Range' } },
  { value: 'percent', label: { zh: '比例', en: 'Percentage' } },
  { value: 'milestone', label: { zh: '里程碑', en: 'Milestone' } },
];

export const targetHorizons = [
  { value: 'byDate', label: { zh: '截止期限', en: 'By a date' } },
  { value: 'perYear', label: { zh: '每年', en: 'Per year' } },
  { value: 'period', label: { zh: '规划期内', en: 'Over the period' } },
];

export const planTarget: RegisterDef = {
  name: 'planTarget',
  label: { zh: '规划目标', en: 'Plan targets' },
  titleField: 'titleZh',
  icon: 'flag',
  nav: true,
  officeOnly: true,
  ownership: { fixed: officeDepartment },
  fields: [
    { key: 'plan', type: 'ref', ref: 'plan', label: { zh: '所属规划', en: 'Plan' }, required: true },
    { key: 'number', type: 'integer', label: { zh: '序号', en: 'No.' }, required: true, min: 1, max: 999 },
    { key: 'code', type: 'text', label: { zh: '编号', en: 'Code' }, required: true, maxLength: 20 },
    { key: 'titleZh', type: 'text', label: { zh: '目标', en: 'Target' }, required: true, maxLength: 300 },
    { key: 'titleEn', type: 'text', label: { zh: '目标（英文）', en: 'Target (English)' }, maxLength: 300 },
    { key: 'kind', type: 'enum', label: { zh: '目标类型', en: 'Kind' }, required: true, options: targetKinds },
    { key: 'targetMin', type: 'integer', label: { zh: '目标下限', en: 'Target (low)' }, min: 0 },
    { key: 'targetMax', type: 'integer', label: { zh: '目标上限', en: 'Target (high)' }, min: 0 },
    { key: 'targetText', type: 'text', label: { zh: '目标值', en: 'Target as written' }, maxLength: 100 },
    { key: 'horizon', type: 'enum', label: { zh: '期限类型', en: 'Horizon' }, required: true, options: targetHorizons },
    { key: 'dueYear', type: 'integer', label: { zh: '截止/起始年份', en: 'Due / from year' }, min: 2000, max: 2100 },
    { key: 'responsibleDepartments', type: 'departmentList', label: { zh: '责任部门', en: 'Responsible departments' } },
  ],
  listColumns: ['code', 'titleZh', 'targetText', 'horizon', 'dueYear', 'responsibleDepartments', 'plan'],
  searchFields: ['code', 'titleZh', 'titleEn'],
  filters: [{ key: 'kind', kind: 'enum', field: 'kind', label: { zh: '目标类型', en: 'Kind' }, options: targetKinds }],
  sortable: ['number', 'code', 'dueYear'],
  defaultSort: { field: 'number', direction: 'asc' },
};

export const taskStatuses = [
  { value: 'notStarted', label: { zh: '未开始', en: 'Not started' }, color: 'gray' },
  { value: 'inProgress', label: { zh: '进行中', en: 'In progress' }, color: 'blue' },
  { value: 'done', label: { zh: '已完成', en: 'Done' }, color: 'green' },
  { value: 'delayed', label: { zh: '滞后', en: 'Behind' }, color: 'red' },
];

export const planTask: RegisterDef = {
  name: 'planTask',
  label: { zh: '实施时间表', en: 'Timetable' },
  titleField: 'taskZh',
  icon: 'calendar',
  nav: true,
  officeOnly: true,
  ownership: { fixed: officeDepartment },
  fields: [
    { key: 'plan', type: 'ref', ref: 'plan', label: { zh: '所属规划', en: 'Plan' }, required: true },
    { key: 'number', type: 'integer', label: { zh: '序号', en: 'No.' }, required: true, min: 1, max: 999 },
    { key: 'taskZh', type: 'text', label: { zh: '具体任务', en: 'Task' }, required: true, maxLength: 300 },
    { key: 'taskEn', type: 'text', label: { zh: '具体任务（英文）', en: 'Task (English)' }, maxLength: 300 },
    { key: 'schedule', type: 'text', label: { zh: '时间进度', en: 'Schedule' }, maxLength: 100 },
    { key: 'responsibleDepartments', type: 'departmentList', label: { zh: '责任部门（牵头在前）', en: 'Responsible (lead first)' } },
    { key: 'status', type: 'enum', label: { zh: '进展', en: 'Status' }, required: true, options: taskStatuses, defaultValue: 'notStarted' },
    { key: 'remark', type: 'text', label: { zh: '备注', en: 'Remark' }, maxLength: 300 },
  ],
  listColumns: ['number', 'taskZh', 'schedule', 'responsibleDepartments', 'status', 'remark'],
  searchFields: ['taskZh', 'taskEn', 'remark'],
  filters: [{ key: 'status', kind: 'enum', field: 'status', label: { zh: '进展', en: 'Status' }, options: taskStatuses }],
  sortable: ['number', 'status'],
  defaultSort: { field: 'number', direction: 'asc' },
};

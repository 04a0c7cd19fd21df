import type { FieldIssue, FieldValue, RegisterDef, TableRow } from '../../contract';
import { issue } from '../checks';
import { agreementTypes } from './agreement';
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

export const targetSources = [
  { value: 'computed', label: { zh: '由台账计算', en: 'Computed from the registers' } },
  { value: 'manual', label: { zh: '手工填报', en: 'Entered by hand' } },
];

/** The computed metrics (services/targets/metrics.ts gives each its rule); the ids are stored, so they never change. */
export const targetMetrics = [
  { value: 'activePartners', label: { zh: '长期稳定合作院校数（协议有效）', en: 'Partners with an agreement in force' } },
  { value: 'newPartners', label: { zh: '当年新增合作院校数', en: 'New partners in the year' } },
  { value: 'programsPerDepartment', label: { zh: '各院系部常态化交流项目', en: 'Regular programs per department' } },
  { value: 'teachersAbroad', label: { zh: '学校资助出国（境）教师人数', en: 'Teachers sent abroad on school funds' } },
  { value: 'teachersWithExperience', label: { zh: '有境外学习培训经历教师比例', en: 'Share of teachers with overseas study or training' } },
  { value: 'trainingBases', label: { zh: '境外师资培养培训基地', en: 'Overseas teacher-training bases' } },
  { value: 'conferencesHosted', label: { zh: '主办承办合办国际会议', en: 'Conferences hosted or co-hosted' } },
  { value: 'studentsAbroad', label: { zh: '在校生出国（境）交流比例', en: 'Share of students abroad' } },
  { value: 'cooperativePrograms', label: { zh: '中外合作办学项目', en: 'Sino-foreign cooperative programs' } },
  { value: 'jointTrainingPrograms', label: { zh: '联合培养项目', en: 'Joint training programs' } },
  { value: 'studentQualification', label: { zh: '招收留学生资格申办', en: 'Qualification to enrol international students' } },
  { value: 'studentIntakes', label: { zh: '招收留学生', en: 'International students enrolled' } },
  { value: 'trainingsRun', label: { zh: '国际培训实施', en: 'International trainings run' } },
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
    {
      key: 'source',
      type: 'enum',
      label: { zh: '数据来源', en: 'Source' },
      options: targetSources,
      help: { zh: '能从台账计算的指标选“由台账计算”，其余手工填报', en: 'Computed where a register holds the facts, else entered by hand' },
    },
    { key: 'metric', type: 'enum', label: { zh: '计算指标', en: 'Computed metric' }, options: targetMetrics },
    {
      key: 'qualifyingTypes',
      type: 'enumList',
      label: { zh: '计入的协议类型', en: 'Agreement types that count' },
      options: agreementTypes,
      help: {
        zh: '合作院校类指标：哪些类型的有效协议计入；不选则按指标默认规则',
        en: "Partner metrics: which agreement types count; empty: the metric's default",
      },
    },
    {
      key: 'manualValues',
      type: 'table',
      label: { zh: '手工填报值', en: 'Values entered by hand' },
      columns: [
        { key: 'year', type: 'integer', label: { zh: '年度', en: 'Year' }, required: true, min: 2000, max: 2100 },
        {
          key: 'value',
          type: 'integer',
          label: { zh: '数值', en: 'Value' },
          required: true,
          min: 0,
          max: 1000000,
          help: { zh: '比例填百分数（如 30）', en: 'A percentage as a whole number (e.g. 30)' },
        },
        { key: 'note', type: 'text', label: { zh: '说明/依据', en: 'Note / source' }, maxLength: 300 },
      ],
    },
    {
      key: 'achievedOn',
      type: 'date',
      label: { zh: '达成日期', en: 'Achieved on' },
      help: { zh: '里程碑类目标完成的日期', en: 'For a milestone: the day it was reached' },
    },
    { key: 'achievementNote', type: 'text', label: { zh: '达成情况说明', en: 'How it was reached' }, maxLength: 300 },
  ],
  listColumns: ['code', 'titleZh', 'targetText', 'horizon', 'dueYear', 'source', 'responsibleDepartments', 'plan'],
  searchFields: ['code', 'titleZh', 'titleEn'],
  filters: [
    { key: 'kind', kind: 'enum', field: 'kind', label: { zh: '目标类型', en: 'Kind' }, options: targetKinds },
    { key: 'plan', kind: 'ref', field: 'plan', label: { zh: '所属规划', en: 'Plan' } },
  ],
  sortable: ['number', 'code', 'dueYear'],
  defaultSort: { field: 'number', direction: 'asc' },
};

/** A computed target names its metric; a manual one states each year once; a range runs low to high. */
export function checkPlanTarget(values: Record<string, FieldValue>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (values.source === 'computed' && !values.metric)
    issues.push(issue('metric', '由台账计算的目标须选择计算指标', 'A computed target needs its metric'));
  const min = values.targetMin as number | null;
  const max = values.targetMax as number | null;
  if (min !== null && max !== null && max < min)
    issues.push(issue('targetMax', '目标上限不能小于下限', 'The high end cannot be below the low end'));
  const seen = new Set<number>();
  ((values.manualValues as TableRow[] | null) ?? []).forEach((row, i) => {
    const year = Number(row.year);
    if (seen.has(year))
      issues.push(
        issue(`manualValues.${i}.year`, `手工填报值第 ${i + 1} 行：${year} 年已填报`, `Value row ${i + 1}: ${year} is already entered`),
      );
    seen.add(year);
  });
  return issues;
}

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

import type { FieldIssue, FieldValue, RegisterDef } from '../../contract';
import { endBeforeStart, hasChinese, issue, partBeyondWhole } from '../checks';
import { checklistField } from './checklistTemplate';
import { officeDepartment } from './department';
import { planLinkFields, planLinkFilter } from './planLink';

export const conferenceKinds = [
  { value: 'conference', label: { zh: '国际学术会议', en: 'International conference' } },
  { value: 'lectureForum', label: { zh: '国际学术讲坛', en: 'Lecture forum' } },
  { value: 'workshop', label: { zh: '国际研讨班', en: 'Workshop' } },
];

export const conferenceRoles = [
  { value: 'host', label: { zh: '主办', en: 'Host' } },
  { value: 'organiser', label: { zh: '承办', en: 'Organiser' } },
  { value: 'coHost', label: { zh: '合作举办', en: 'Co-host' } },
];

export const conferenceModes = [
  { value: 'offline', label: { zh: '线下', en: 'In person' } },
  { value: 'online', label: { zh: '线上', en: 'Online' } },
  { value: 'hybrid', label: { zh: '线上线下结合', en: 'Hybrid' } },
];

/** In workflow order: the checklist template names these stages (approval before "approved", summary before "closed"). */
export const conferenceDisciplines = [
  { value: 'socialScience', label: { zh: '人文社科', en: 'Social sciences' } },
  { value: 'naturalScience', label: { zh: '自然科学', en: 'Natural sciences' } },
];

export const conferenceStatuses = [
  { value: 'planned', label: { zh: '筹备中', en: 'Planned' }, color: 'gray' },
  { value: 'applied', label: { zh: '已申报', en: 'Applied for' }, color: 'blue' },
  { value: 'approved', label: { zh: '已获批', en: 'Approved' }, color: 'green' },
  { value: 'held', label: { zh: '已举办', en: 'Held' }, color: 'violet' },
  { value: 'closed', label: { zh: '已总结', en: 'Summarised' }, color: 'dark' },
  { value: 'cancelled', label: { zh: '已取消', en: 'Cancelled' }, color: 'red' },
];

/**
 * A conference is applied for (no public announcement before approval), approved, held, then summarised.
 * An application can be withdrawn to rework it; an approved one goes back for re-approval when it changes.
 */
export const conferenceTransitions = {
  planned: ['applied', 'cancelled'],
  applied: ['planned', 'approved', 'cancelled'],
  approved: ['held', 'applied', 'cancelled'],
  held: ['closed'],
  closed: [],
  cancelled: [],
};

/** International conferences and lecture forums a department hosts, organises or co-hosts (target T7). */
export const conference: RegisterDef = {
  name: 'conference',
  label: { zh: '国际会议', en: 'Conferences' },
  titleField: 'title',
  icon: 'presentation',
  nav: true,
  ownership: { field: 'department' },
  statusField: 'status',
  activityField: 'startDate',
  transitions: conferenceTransitions,
  officeStatuses: ['approved'],
  checklist: { field: 'checklist', exemptStatuses: ['cancelled', 'planned'] },
  fields: [
    { key: 'title', type: 'text', label: { zh: '会议名称（中文）', en: 'Title (Chinese)' }, required: true, maxLength: 300 },
    { key: 'titleEn', type: 'text', label: { zh: '英文名称', en: 'Title (English)' }, maxLength: 300 },
    { key: 'kind', type: 'enum', label: { zh: '类型', en: 'Kind' }, required: true, options: conferenceKinds, defaultValue: 'conference' },
    {
      key: 'department',
      type: 'department',
      label: { zh: '主办部门', en: 'Host department' },
      required: true,
      defaultValue: officeDepartment,
    },
    {
      key: 'role',
      type: 'enum',
      label: { zh: '我校角色', en: 'Our role' },
      required: true,
      options: conferenceRoles,
      defaultValue: 'host',
    },
    { key: 'partner', type: 'ref', ref: 'partner', label: { zh: '合作方', en: 'Partner' } },
    { key: 'mode', type: 'enum', label: { zh: '举办方式', en: 'Mode' }, required: true, options: conferenceModes, defaultValue: 'offline' },
    { key: 'startDate', type: 'date', label: { zh: '开始日期', en: 'Start date' }, required: true },
    { key: 'endDate', type: 'date', calendarNear: 'startDate', label: { zh: '结束日期', en: 'End date' }, required: true },
    { key: 'place', type: 'text', label: { zh: '地点', en: 'Place' }, maxLength: 200 },
    {
      key: 'status',
      type: 'enum',
      label: { zh: '状态', en: 'Status' },
      required: true,
      options: conferenceStatuses,
      defaultValue: 'planned',
    },
    {
      key: 'discipline',
      type: 'enum',
      label: { zh: '学科类别', en: 'Discipline' },
      options: conferenceDisciplines,
      help: { zh: '按学科和参会人数区分一般/重大会议', en: 'General or major by discipline and participants' },
    },
    {
      key: 'highLevel',
      type: 'boolean',
      label: { zh: '涉联合国/高级官员/敏感议题', en: 'UN, high officials or sensitive topic' },
      defaultValue: false,
      help: { zh: '属此情形即为重大国际会议', en: 'Makes it a major conference' },
    },
    {
      key: 'appliedDate',
      type: 'date',
      label: { zh: '申报日期', en: 'Applied on' },
      help: { zh: '申报时自动记为当天', en: 'Set to the day of application when left empty' },
    },
    { key: 'participantsTotal', type: 'integer', label: { zh: '参会总人数', en: 'Participants' }, min: 0, max: 100000 },
    { key: 'participantsForeign', type: 'integer', label: { zh: '境外参会人数', en: 'Participants from abroad' }, min: 0, max: 100000 },
    { key: 'countryCount', type: 'integer', label: { zh: '境外国家和地区数', en: 'Countries and regions abroad' }, min: 0, max: 250 },
    {
      key: 'brandSeries',
      type: 'text',
      label: { zh: '品牌系列', en: 'Brand series' },
      maxLength: 200,
      help: { zh: '属于学校品牌系列会议时填写系列名称', en: 'The series name, when the conference is one of a brand series' },
    },
    { key: 'allocation', type: 'ref', ref: 'allocation', label: { zh: '经费来源（分配）', en: 'Funded from allocation' } },
    { key: 'budgetEstimate', type: 'money', label: { zh: '经费预算（元）', en: 'Budget estimate (CNY)' } },
    checklistField(),
    {
      key: 'summary',
      type: 'longText',
      label: { zh: '会议总结', en: 'Summary' },
      maxLength: 40000,
      help: {
        zh: '会后两个月内提交，不少于3000字，附参会名单和照片',
        en: 'Within two months: at least 3,000 characters, the participant list and photos',
      },
    },
    { key: 'summaryFile', type: 'file', label: { zh: '总结文件', en: 'Summary document' } },
    { key: 'summaryDate', type: 'date', label: { zh: '总结提交日期', en: 'Summary submitted on' } },
    ...planLinkFields(),
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: [
    'title',
    'department',
    'role',
    'mode',
    'startDate',
    'endDate',
    'participantsTotal',
    'participantsForeign',
    'countryCount',
    'status',
  ],
  searchFields: ['title', 'titleEn', 'place', 'brandSeries', 'partner', 'notes'],
  filters: [
    { key: 'status', kind: 'enum', field: 'status', label: { zh: '状态', en: 'Status' }, options: conferenceStatuses },
    { key: 'role', kind: 'enum', field: 'role', label: { zh: '我校角色', en: 'Our role' }, options: conferenceRoles },
    { key: 'mode', kind: 'enum', field: 'mode', label: { zh: '举办方式', en: 'Mode' }, options: conferenceModes },
    { key: 'department', kind: 'department', field: 'department', label: { zh: '主办部门', en: 'Department' } },
    { key: 'startDate', kind: 'dateRange', field: 'startDate', label: { zh: '开始日期', en: 'Start date' } },
    { key: 'partner', kind: 'ref', field: 'partner', label: { zh: '合作方', en: 'Partner' } },
    planLinkFilter,
  ],
  sortable: [
    'title',
    'role',
    'mode',
    'startDate',
    'endDate',
    'participantsTotal',
    'participantsForeign',
    'countryCount',
    'status',
    'updatedAt',
  ],
  defaultSort: { field: 'startDate', direction: 'desc' },
};

/** Statuses after the event, which need the figures of who came. */
const stagesAfterEvent = new Set(['held', 'closed']);
const attendanceFigures: [string, string, string][] = [
  ['participantsTotal', '参会总人数', 'number of participants'],
  ['participantsForeign', '境外参会人数', 'number from abroad'],
  ['countryCount', '境外国家和地区数', 'number of countries abroad'],
];

/**
 * A Chinese title; dates in order; participants that add up (each country abroad sends at least one
 * person, and those from abroad are among the total); the figures once held, the summary once closed.
 */
export function checkConference(values: Record<string, FieldValue>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const title = values.title as string | null;
  if (title && !hasChinese(title)) issues.push(issue('title', '会议须有中文名称', 'A conference needs a Chinese title'));
  issues.push(...endBeforeStart(values, 'startDate', 'endDate'));
  issues.push(
    ...partBeyondWhole(
      values,
      'participantsForeign',
      'participantsTotal',
      '境外参会人数不能多于参会总人数',
      'Participants from abroad cannot outnumber all participants',
    ),
  );
  const foreign = values.participantsForeign as number | null;
  const countries = values.countryCount as number | null;
  if (countries !== null && countries > (foreign ?? 0)) {
    issues.push(
      issue(
        'countryCount',
        `${countries} 个境外国家和地区，境外参会人数却只有 ${foreign ?? 0} 人`,
        `${countries} countries abroad, but only ${foreign ?? 0} participants from abroad`,
      ),
    );
  }
  const status = String(values.status ?? '');
  if (stagesAfterEvent.has(status)) {
    for (const [field, zh, en] of attendanceFigures) {
      if (values[field] === null) issues.push(issue(field, `会议举办后须填写${zh}`, `Enter the ${en} once the conference is held`));
    }
  }
  if (status === 'closed') {
    if (!values.summary && !values.summaryFile)
      issues.push(issue('summary', '总结前须填写会议总结或上传总结文件', 'Write the summary or attach it'));
    if (!values.summaryDate) issues.push(issue('summaryDate', '请填写总结提交日期', 'Enter the date the summary was submitted'));
  }
  const summarised = values.summaryDate as string | null;
  const end = values.endDate as string | null;
  if (summarised && end && summarised < end)
    issues.push(issue('summaryDate', '总结提交日期不能早于会议结束', 'The summary cannot be submitted before the conference ends'));
  return issues;
}

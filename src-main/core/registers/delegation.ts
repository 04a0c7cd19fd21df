import type { RegisterDef } from '../../contract';
import { nationalityOptions } from '../countries';
import { checklistField } from './checklistTemplate';
import { officeDepartment } from './department';
import { planLinkFields, planLinkFilter } from './planLink';

export const delegationDirections = [
  { value: 'outbound', label: { zh: '出访', en: 'Outbound' }, color: 'indigo' },
  { value: 'inbound', label: { zh: '来访', en: 'Inbound' }, color: 'teal' },
];

export const delegationPurposes = [
  { value: 'conference', label: { zh: '参加会议', en: 'Conference' } },
  { value: 'training', label: { zh: '培训/访学', en: 'Training / visiting scholar' } },
  { value: 'negotiation', label: { zh: '洽谈/签署协议', en: 'Negotiation / agreement signing' } },
  { value: 'studentProgram', label: { zh: '学生项目', en: 'Student program' } },
  { value: 'leadershipVisit', label: { zh: '领导访问', en: 'Leadership visit' } },
  { value: 'inspection', label: { zh: '考察', en: 'Inspection' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
];

export const delegationStatuses = [
  { value: 'draft', label: { zh: '草稿', en: 'Draft' }, color: 'gray' },
  { value: 'submitted', label: { zh: '已申报', en: 'Submitted' }, color: 'blue' },
  { value: 'publicNotice', label: { zh: '公示中', en: 'Public notice' }, color: 'cyan' },
  { value: 'approved', label: { zh: '已批准', en: 'Approved' }, color: 'green' },
  { value: 'travelling', label: { zh: '行程中', en: 'Under way' }, color: 'violet' },
  { value: 'returned', label: { zh: '行程结束', en: 'Trip ended' }, color: 'grape' },
  { value: 'reportFiled', label: { zh: '报告已归档', en: 'Report filed' }, color: 'lime' },
  { value: 'closed', label: { zh: '已办结', en: 'Closed' }, color: 'dark' },
  { value: 'cancelled', label: { zh: '已取消', en: 'Cancelled' }, color: 'red' },
];

/**
 * The approval workflow. A submission can be sent back; changes after approval (dates, members) go back
 * to submission for re-approval; inbound visits have no public notice, so submission may lead straight to
 * approval (the outbound checklist requires the notice before approval). Nothing moves once under way
 * except forward.
 */
export const delegationTransitions = {
  draft: ['submitted', 'cancelled'],
  submitted: ['draft', 'publicNotice', 'approved', 'cancelled'],
  publicNotice: ['submitted', 'approved', 'cancelled'],
  approved: ['travelling', 'submitted', 'cancelled'],
  travelling: ['returned'],
  returned: ['reportFiled'],
  reportFiled: ['closed', 'returned'],
  closed: [],
  cancelled: [],
};

export const memberRoles = [
  { value: 'leader', label: { zh: '团长', en: 'Leader' }, color: 'orange' },
  { value: 'member', label: { zh: '团员', en: 'Member' } },
  { value: 'interpreter', label: { zh: '翻译', en: 'Interpreter' } },
];

export const legStops = [
  { value: 'visit', label: { zh: '访问', en: 'Visit' } },
  { value: 'transit', label: { zh: '经停（出机场）', en: 'Transit (leaves the airport)' } },
  { value: 'airside', label: { zh: '转机（不出机场）', en: 'Airside transfer' } },
];

export const delegation: RegisterDef = {
  name: 'delegation',
  label: { zh: '出访来访团组', en: 'Delegations' },
  titleField: 'title',
  icon: 'plane',
  nav: true,
  ownership: { field: 'department' },
  statusField: 'status',
  transitions: delegationTransitions,
  officeStatuses: ['approved'],
  moveFields: { approved: ['approvalNumber', 'approvedDate'] },
  activityField: 'departDate',
  checklist: { field: 'checklist', exemptStatuses: ['cancelled', 'draft'] },
  sections: [
    {
      key: 'details',
      label: { zh: '基本信息', en: 'The trip' },
      fields: [
        'title',
        'direction',
        'purpose',
        'status',
        'department',
        'partner',
        'hostName',
        'departDate',
        'returnDate',
        'agreement',
        'budgetEstimate',
      ],
    },
    { key: 'itinerary', label: { zh: '行程与成员', en: 'Itinerary and members' }, fields: ['legs', 'members'] },
    {
      key: 'policy',
      label: { zh: '审批要求', en: 'What the approval asks' },
      fields: ['academic', 'academicTask', 'officialGuests', 'unplannedReason', 'justification', 'annualPlan', 'planLine'],
    },
    {
      key: 'approval',
      label: { zh: '申报与审批', en: 'Submission and approval' },
      fromStatus: 'submitted',
      fields: ['submittedDate', 'noticeStart', 'approvedDate', 'approvalNumber', 'justificationApproved'],
    },
    {
      key: 'report',
      label: { zh: '回国与报告', en: 'Return and report' },
      fromStatus: 'returned',
      fields: ['passportReturnedDate', 'disclosureDate', 'tripReport', 'tripReportFile', 'reportFiledDate'],
    },
    { key: 'notes', label: { zh: '备注', en: 'Notes' }, fields: ['notes'] },
  ],
  fields: [
    { key: 'title', type: 'text', label: { zh: '团组名称', en: 'Title' }, required: true, maxLength: 300 },
    {
      key: 'direction',
      type: 'enum',
      label: { zh: '类别', en: 'Direction' },
      required: true,
      options: delegationDirections,
      defaultValue: 'outbound',
    },
    {
      key: 'purpose',
      type: 'enum',
      label: { zh: '任务类型', en: 'Purpose' },
      required: true,
      options: delegationPurposes,
      defaultValue: 'conference',
    },
    {
      key: 'academic',
      shownWhen: { field: 'direction', values: ['outbound'] },
      type: 'boolean',
      label: { zh: '教学科研类', en: 'Teaching & research (教学科研)' },
      defaultValue: false,
      help: { zh: '教学科研人员学术交流，按厅字〔2016〕17号管理', en: 'Academic exchange by teaching and research staff' },
    },
    {
      key: 'academicTask',
      shownWhen: { field: 'direction', values: ['outbound'] },
      type: 'longText',
      label: { zh: '学术任务', en: 'Academic task' },
      maxLength: 4000,
      help: {
        zh: '教学科研类团组须写明学术任务，方可豁免国家数、天数、人数限制',
        en: 'An academic trip is exempt from the country, day and group limits only with its task recorded',
      },
    },
    {
      key: 'officialGuests',
      shownWhen: { field: 'direction', values: ['inbound'] },
      type: 'boolean',
      label: { zh: '来访者含官员', en: 'Visitors include officials' },
      defaultValue: false,
      help: {
        zh: '使馆官员、政界人士、国际组织人员来访须提前三个月申报',
        en: 'Embassy staff, politicians, international organisations: three months ahead',
      },
    },
    {
      key: 'status',
      type: 'enum',
      label: { zh: '状态', en: 'Status' },
      required: true,
      options: delegationStatuses,
      defaultValue: 'draft',
    },
    {
      key: 'department',
      type: 'department',
      label: { zh: '组团单位', en: 'Organising department' },
      required: true,
      defaultValue: officeDepartment,
    },
    { key: 'partner', type: 'ref', ref: 'partner', label: { zh: '邀请/接待方（合作院校）', en: 'Inviting / hosting partner' } },
    {
      key: 'hostName',
      type: 'text',
      label: { zh: '邀请/接待方（其他机构）', en: 'Inviting / hosting institution (other)' },
      maxLength: 300,
    },
    {
      key: 'departDate',
      type: 'date',
      label: { zh: '开始日期', en: 'Start date' },
      help: { zh: '出访为出境日期，来访为入境日期', en: 'Outbound: leaves China; inbound: arrives in China' },
    },
    {
      key: 'returnDate',
      type: 'date',
      calendarNear: 'departDate',
      label: { zh: '结束日期', en: 'End date' },
      help: { zh: '出访为入境回国日期，来访为离境日期', en: 'Outbound: re-enters China; inbound: leaves China' },
    },
    {
      key: 'legs',
      type: 'table',
      label: { zh: '行程', en: 'Itinerary' },
      columns: [
        { key: 'country', type: 'enum', label: { zh: '国家/地区', en: 'Country / region' }, required: true, options: nationalityOptions },
        { key: 'city', type: 'text', label: { zh: '城市', en: 'City' }, maxLength: 100 },
        { key: 'arrive', type: 'date', label: { zh: '抵达', en: 'Arrive' }, required: true },
        { key: 'leave', type: 'date', calendarNear: 'arrive', label: { zh: '离开', en: 'Leave' }, required: true },
        { key: 'stop', type: 'enum', label: { zh: '性质', en: 'Stop' }, required: true, options: legStops, defaultValue: 'visit' },
        // What the host pays for is not paid again from the trip's standards (财行〔2013〕516号).
        {
          key: 'hostLodging',
          type: 'boolean',
          label: { zh: '对方供宿', en: 'Host lodging' },
          defaultValue: false,
          help: { zh: '邀请/接待方提供住宿：不计住宿费', en: 'The host provides lodging: none is paid' },
        },
        {
          key: 'hostMeals',
          type: 'boolean',
          label: { zh: '对方供餐', en: 'Host meals' },
          defaultValue: false,
          help: { zh: '邀请/接待方提供伙食：不计伙食费', en: 'The host provides meals: no food allowance is paid' },
        },
      ],
    },
    {
      key: 'members',
      type: 'table',
      label: { zh: '团组成员', en: 'Members' },
      columns: [
        { key: 'person', type: 'ref', ref: 'person', label: { zh: '人员', en: 'Person' }, required: true, refScope: 'ownDepartments' },
        { key: 'role', type: 'enum', label: { zh: '团内身份', en: 'Role' }, required: true, options: memberRoles, defaultValue: 'member' },
      ],
    },
    { key: 'days', type: 'integer', derived: true, label: { zh: '天数（按出入境计）', en: 'Days (border to border)' } },
    {
      key: 'countries',
      type: 'enumList',
      derived: true,
      options: nationalityOptions,
      label: { zh: '国家/地区（含经停）', en: 'Countries (with transit)' },
    },
    { key: 'countryCount', type: 'integer', derived: true, label: { zh: '国家数', en: 'Countries' } },
    { key: 'groupSize', type: 'integer', derived: true, label: { zh: '人数', en: 'Group size' } },
    {
      key: 'unplannedReason',
      shownWhen: { field: 'direction', values: ['outbound'] },
      type: 'text',
      label: { zh: '计划外出访理由', en: 'Reason for an unplanned trip' },
      maxLength: 1000,
    },
    {
      key: 'submittedDate',
      type: 'date',
      label: { zh: '申报日期', en: 'Submitted on' },
      help: { zh: '提交申报时自动记为当天', en: 'Set to the day of submission when left empty' },
    },
    {
      key: 'noticeStart',
      shownWhen: { field: 'direction', values: ['outbound'] },
      type: 'date',
      label: { zh: '公示开始日期', en: 'Public notice from' },
    },
    {
      key: 'approvedDate',
      type: 'date',
      label: { zh: '批准日期', en: 'Approved on' },
      help: { zh: '批准时自动记为当天', en: 'Set to the day of approval when left empty' },
    },
    {
      key: 'justification',
      type: 'longText',
      label: { zh: '书面说明（超规定事项）', en: 'Written justification' },
      maxLength: 4000,
      help: {
        zh: '不符合外事规则时的书面说明，经外办批准后不再阻止审批',
        en: 'Why the trip departs from a rule; once the office approves it, the rule no longer blocks',
      },
    },
    {
      key: 'justificationApproved',
      type: 'boolean',
      label: { zh: '书面说明已获外办批准', en: 'Justification approved by the office' },
      defaultValue: false,
      officeOnly: true,
    },
    { key: 'approvalNumber', type: 'text', label: { zh: '批件号', en: 'Approval number (批件号)' }, maxLength: 100 },
    { key: 'agreement', type: 'ref', ref: 'agreement', label: { zh: '相关协议', en: 'Related agreement' } },
    { key: 'budgetEstimate', type: 'money', label: { zh: '经费预算（元）', en: 'Budget estimate (CNY)' } },
    {
      key: 'passportReturnedDate',
      shownWhen: { field: 'direction', values: ['outbound'] },
      type: 'date',
      label: { zh: '护照交回日期', en: 'Passports returned on' },
    },
    {
      key: 'disclosureDate',
      shownWhen: { field: 'direction', values: ['outbound'] },
      type: 'date',
      label: { zh: '出访信息公开日期', en: 'Disclosed on' },
    },
    { key: 'tripReport', type: 'longText', label: { zh: '出访/接待报告', en: 'Trip report' }, maxLength: 20000 },
    { key: 'tripReportFile', type: 'file', label: { zh: '报告文件', en: 'Report document' } },
    { key: 'reportFiledDate', type: 'date', label: { zh: '报告归档日期', en: 'Report filed on' } },
    checklistField(),
    ...planLinkFields(),
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['title', 'direction', 'status', 'department', 'departDate', 'returnDate', 'countries', 'days', 'groupSize'],
  searchFields: ['title', 'partner', 'hostName', 'approvalNumber', 'members', 'legs', 'notes'],
  filters: [
    { key: 'direction', kind: 'enum', field: 'direction', label: { zh: '类别', en: 'Direction' }, options: delegationDirections },
    { key: 'status', kind: 'enum', field: 'status', label: { zh: '状态', en: 'Status' }, options: delegationStatuses },
    { key: 'department', kind: 'department', field: 'department', label: { zh: '组团单位', en: 'Department' } },
    {
      key: 'country',
      kind: 'listContains',
      field: 'countries',
      label: { zh: '国家/地区', en: 'Country / region' },
      options: nationalityOptions,
    },
    { key: 'departDate', kind: 'dateRange', field: 'departDate', label: { zh: '开始日期', en: 'Start date' } },
    { key: 'member', kind: 'tableRef', field: 'members.person', label: { zh: '成员', en: 'Member' } },
    { key: 'partner', kind: 'ref', field: 'partner', label: { zh: '邀请/接待方', en: 'Partner' } },
    planLinkFilter,
  ],
  sortable: ['title', 'direction', 'status', 'departDate', 'returnDate', 'days', 'groupSize', 'updatedAt'],
  defaultSort: { field: 'departDate', direction: 'desc' },
};

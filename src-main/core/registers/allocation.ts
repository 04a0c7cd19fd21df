import type { RegisterDef } from '../../contract';
import { officeDepartment } from './department';
import { planLinkFields, planLinkFilter } from './planLink';

export const adjustmentKinds = [
  { value: 'incentive', label: { zh: '奖励追加', en: 'Incentive' }, color: 'green' },
  { value: 'cut', label: { zh: '扣减', en: 'Cut' }, color: 'red' },
  { value: 'transfer', label: { zh: '调剂', en: 'Transfer' }, color: 'blue' },
];

/**
 * A share of a fund given to a department. Later changes to the amount are adjustments appended with a
 * reason; the original amount and earlier adjustments are never edited, so the record tells its story.
 */
export const allocation: RegisterDef = {
  name: 'allocation',
  label: { zh: '经费分配', en: 'Allocations' },
  titleField: 'title',
  icon: 'chart-pie',
  nav: true,
  officeOnly: true,
  ownership: { fixed: officeDepartment },
  fields: [
    {
      key: 'title',
      type: 'text',
      label: { zh: '名称', en: 'Title' },
      required: true,
      maxLength: 300,
      help: { zh: '如：2026年教师访学进修基金—计算机学院', en: 'e.g. 2026 teacher visiting fund, School of Computing' },
    },
    { key: 'fund', type: 'ref', ref: 'fund', label: { zh: '经费', en: 'Fund' }, required: true },
    { key: 'department', type: 'department', label: { zh: '使用部门', en: 'Department' }, required: true },
    ...planLinkFields(),
    { key: 'amount', type: 'money', label: { zh: '初始分配额（元）', en: 'Amount first allocated (CNY)' }, required: true },
    {
      key: 'adjustments',
      type: 'table',
      label: { zh: '调整记录', en: 'Adjustments' },
      columns: [
        { key: 'date', type: 'date', label: { zh: '日期', en: 'Date' }, required: true },
        { key: 'kind', type: 'enum', label: { zh: '类型', en: 'Kind' }, required: true, options: adjustmentKinds },
        {
          key: 'amount',
          type: 'money',
          label: { zh: '增减额（元）', en: 'Change (CNY)' },
          required: true,
          min: -(10 ** 15),
          help: { zh: '扣减填负数', en: 'Negative for a cut' },
        },
        { key: 'reason', type: 'text', label: { zh: '原因', en: 'Reason' }, required: true, maxLength: 300 },
      ],
    },
    { key: 'current', type: 'money', derived: true, label: { zh: '现分配额（元）', en: 'Current amount (CNY)' } },
    {
      key: 'confirmedWarnings',
      type: 'enumList',
      derived: true,
      label: { zh: '已确认的提醒', en: 'Warnings confirmed' },
      options: [{ value: 'allocationBeyondFund', label: { zh: '超出经费总额', en: 'Beyond the fund total' } }],
    },
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['title', 'fund', 'department', 'amount', 'current'],
  searchFields: ['title', 'fund', 'annualPlan', 'notes'],
  filters: [
    { key: 'department', kind: 'department', field: 'department', label: { zh: '使用部门', en: 'Department' } },
    { key: 'fundKind', kind: 'refEnum', field: 'fund.kind', label: { zh: '经费类别', en: 'Fund kind' } },
    { key: 'fund', kind: 'ref', field: 'fund', label: { zh: '经费', en: 'Fund' } },
    planLinkFilter,
  ],
  sortable: ['title', 'amount', 'current', 'updatedAt'],
  defaultSort: { field: 'updatedAt', direction: 'desc' },
};

import { currencyOptions, type RegisterDef } from '../../contract';
import { officeDepartment } from './department';

export const expenseCategories = [
  { value: 'internationalTravel', label: { zh: '国际旅费', en: 'International travel' } },
  { value: 'intercityTransport', label: { zh: '国外城市间交通费', en: 'Intercity transport abroad' } },
  { value: 'lodging', label: { zh: '住宿费', en: 'Lodging' } },
  { value: 'food', label: { zh: '伙食费', en: 'Food' } },
  { value: 'miscellaneous', label: { zh: '公杂费', en: 'Miscellaneous (公杂费)' } },
  { value: 'visaInsuranceRegistration', label: { zh: '签证/保险/注册费', en: 'Visa / insurance / registration' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
];

export const expenseStages = [
  { value: 'planned', label: { zh: '预算（预计）', en: 'Planned (estimate)' }, color: 'gray' },
  { value: 'actual', label: { zh: '实际支出', en: 'Actual' }, color: 'green' },
];

export const expenseSubjects = [
  { value: 'delegation', label: { zh: '出访/来访团组', en: 'Delegation' } },
  { value: 'conference', label: { zh: '国际会议', en: 'Conference' } },
  { value: 'expertHire', label: { zh: '外籍专家聘请', en: 'Expert hire' } },
  { value: 'training', label: { zh: '国际培训', en: 'Training' } },
  { value: 'none', label: { zh: '无', en: 'None' } },
];

export const rateSources = [
  { value: 'bankStatement', label: { zh: '银行结算单汇率', en: 'Bank statement rate' } },
  { value: 'bocSellingRate', label: { zh: '中国银行现汇卖出价', en: 'Bank of China selling rate' } },
];

/**
 * One cost, planned or actual, charged to an allocation. A planned cost commits money; when it is paid the
 * same record becomes actual with the paid amount, so committed and spent never count one cost twice.
 */
export const expense: RegisterDef = {
  name: 'expense',
  label: { zh: '经费支出', en: 'Expenses' },
  titleField: 'description',
  icon: 'receipt',
  nav: true,
  ownership: { field: 'department' },
  fields: [
    { key: 'description', type: 'text', label: { zh: '摘要', en: 'Description' }, required: true, maxLength: 300 },
    { key: 'allocation', type: 'ref', ref: 'allocation', label: { zh: '列支经费分配', en: 'Charged to allocation' }, required: true },
    { key: 'department', type: 'department', label: { zh: '部门', en: 'Department' }, required: true, defaultValue: officeDepartment },
    { key: 'stage', type: 'enum', label: { zh: '类型', en: 'Stage' }, required: true, options: expenseStages, defaultValue: 'planned' },
    {
      key: 'subjectKind',
      type: 'enum',
      label: { zh: '事由类别', en: 'For' },
      required: true,
      options: expenseSubjects,
      defaultValue: 'delegation',
    },
    { key: 'delegation', type: 'ref', ref: 'delegation', label: { zh: '团组', en: 'Delegation' } },
    { key: 'conference', type: 'ref', ref: 'conference', label: { zh: '国际会议', en: 'Conference' } },
    { key: 'expert', type: 'ref', ref: 'expert', label: { zh: '外籍专家聘请', en: 'Expert hire' } },
    { key: 'training', type: 'ref', ref: 'training', label: { zh: '国际培训', en: 'Training' } },
    { key: 'category', type: 'enum', label: { zh: '费用类别', en: 'Category' }, required: true, options: expenseCategories },
    { key: 'date', type: 'date', label: { zh: '日期', en: 'Date' }, required: true, defaultValue: 'today' },
    { key: 'currency', type: 'enum', label: { zh: '币种', en: 'Currency' }, required: true, options: currencyOptions, defaultValue: 'CNY' },
    {
      key: 'amount',
      type: 'money',
      currencyField: 'currency',
      label: { zh: '原币金额', en: 'Amount (original currency)' },
      required: true,
    },
    {
      key: 'rate',
      type: 'decimal',
      label: { zh: '汇率（1 外币折人民币）', en: 'Rate (CNY per unit)' },
      help: {
        zh: '外币必填；有银行结算单按结算单，否则按中国银行现汇卖出价',
        en: 'Required for foreign currency: the bank statement rate, else the Bank of China selling rate',
      },
    },
    { key: 'rateDate', type: 'date', label: { zh: '汇率日期', en: 'Rate date' } },
    { key: 'rateSource', type: 'enum', label: { zh: '汇率来源', en: 'Rate source' }, options: rateSources },
    { key: 'cnyAmount', type: 'money', derived: true, label: { zh: '折合人民币（元）', en: 'In CNY' } },
    { key: 'fiscalYear', type: 'integer', derived: true, label: { zh: '年度', en: 'Fiscal year' } },
    {
      key: 'confirmedWarnings',
      type: 'enumList',
      derived: true,
      label: { zh: '已确认的提醒', en: 'Warnings confirmed' },
      options: [{ value: 'expenseBeyondAllocation', label: { zh: '超出分配额', en: 'Beyond the allocation' } }],
    },
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['description', 'stage', 'category', 'department', 'date', 'currency', 'amount', 'cnyAmount'],
  searchFields: ['description', 'allocation', 'delegation', 'conference', 'expert', 'training', 'category', 'notes'],
  filters: [
    { key: 'stage', kind: 'enum', field: 'stage', label: { zh: '类型', en: 'Stage' }, options: expenseStages },
    { key: 'category', kind: 'enum', field: 'category', label: { zh: '费用类别', en: 'Category' }, options: expenseCategories },
    { key: 'department', kind: 'department', field: 'department', label: { zh: '部门', en: 'Department' } },
    { key: 'date', kind: 'dateRange', field: 'date', label: { zh: '日期', en: 'Date' } },
    { key: 'currency', kind: 'enum', field: 'currency', label: { zh: '币种', en: 'Currency' }, options: currencyOptions },
    { key: 'delegation', kind: 'ref', field: 'delegation', label: { zh: '团组', en: 'Delegation' } },
    { key: 'conference', kind: 'ref', field: 'conference', label: { zh: '国际会议', en: 'Conference' } },
    { key: 'expert', kind: 'ref', field: 'expert', label: { zh: '外籍专家聘请', en: 'Expert hire' } },
    { key: 'training', kind: 'ref', field: 'training', label: { zh: '国际培训', en: 'Training' } },
    { key: 'allocation', kind: 'ref', field: 'allocation', label: { zh: '经费分配', en: 'Allocation' } },
  ],
  sortable: ['description', 'date', 'category', 'stage', 'cnyAmount', 'updatedAt'],
  defaultSort: { field: 'date', direction: 'desc' },
};

import type { RegisterDef } from '../../contract';
import { officeDepartment } from './department';

export const evaluationSuggestions = [
  { value: 'increase', label: { zh: '增加经费', en: 'Increase funding' }, color: 'green' },
  { value: 'keep', label: { zh: '维持', en: 'Keep' }, color: 'gray' },
  { value: 'reduce', label: { zh: '扣减经费', en: 'Reduce funding' }, color: 'red' },
];

/**
 * The office's adjustment of a department's evaluation for a year (the suggestion the rule makes is computed
 * each time; only the office's own call is stored). A register so the call and its note sync to the
 * leadership's review bundle and keep their history; the office alone writes it, so it is owned by the office
 * and names the department evaluated in a field of its own.
 */
export const departmentEvaluation: RegisterDef = {
  name: 'departmentEvaluation',
  label: { zh: '院系部考核调整', en: 'Evaluation adjustments' },
  titleField: 'evaluatedDepartment',
  icon: 'scale',
  nav: false,
  officeOnly: true,
  ownership: { fixed: officeDepartment },
  fields: [
    { key: 'year', type: 'integer', label: { zh: '年度', en: 'Year' }, required: true, min: 2000, max: 2100 },
    { key: 'evaluatedDepartment', type: 'department', label: { zh: '被考核部门', en: 'Department evaluated' }, required: true },
    {
      key: 'suggestion',
      type: 'enum',
      label: { zh: '调整后的建议', en: 'Adjusted suggestion' },
      required: true,
      options: evaluationSuggestions,
    },
    { key: 'note', type: 'longText', label: { zh: '调整说明', en: 'Why' }, maxLength: 2000 },
  ],
  listColumns: ['year', 'evaluatedDepartment', 'suggestion', 'note'],
  searchFields: ['note'],
  filters: [
    { key: 'evaluatedDepartment', kind: 'department', field: 'evaluatedDepartment', label: { zh: '被考核部门', en: 'Department' } },
  ],
  sortable: ['year', 'updatedAt'],
  defaultSort: { field: 'year', direction: 'desc' },
};

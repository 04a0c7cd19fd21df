import type { RegisterDef } from '../../contract';
import { officeDepartment } from './department';

/**
 * The university's head-counts for a year: full-time teachers (人事处) and enrolled students (教务处), the
 * denominators of the share targets (T5, T8). One record per year rather than fields of a plan or a target:
 * the figures are facts about the university that every plan reads (the 13th and the 15th alike), and HR and
 * academic affairs report them once a year, not per indicator. No register holds them: people are recorded
 * only when they travel, so counting the people register would give a made-up denominator.
 */
export const annualFigure: RegisterDef = {
  name: 'annualFigure',
  label: { zh: '年度基数', en: 'Annual head-counts' },
  titleField: 'year',
  icon: 'numbers',
  nav: true,
  officeOnly: true,
  ownership: { fixed: officeDepartment },
  fields: [
    { key: 'year', type: 'integer', label: { zh: '年度', en: 'Year' }, required: true, min: 2000, max: 2100, unique: true },
    {
      key: 'teachers',
      type: 'integer',
      label: { zh: '专任教师人数', en: 'Full-time teachers' },
      min: 1,
      max: 100000,
      help: { zh: '人事处年底统计数（T5 的分母）', en: "HR's year-end head-count (the denominator of T5)" },
    },
    {
      key: 'studentsEnrolled',
      type: 'integer',
      label: { zh: '在校生人数', en: 'Students enrolled' },
      min: 1,
      max: 1000000,
      help: {
        zh: '教务处统计的全日制在校生数（T8 的分母）',
        en: 'Full-time students enrolled, from academic affairs (the denominator of T8)',
      },
    },
    { key: 'source', type: 'text', label: { zh: '数据来源', en: 'Source' }, maxLength: 300 },
  ],
  listColumns: ['year', 'teachers', 'studentsEnrolled', 'source'],
  searchFields: ['source'],
  filters: [],
  sortable: ['year', 'updatedAt'],
  defaultSort: { field: 'year', direction: 'desc' },
};

import type { RegisterDef } from '../../contract';
import { countryOptions } from '../countries';
import { officeDepartment } from './department';

export const partnerTypes = [
  { value: 'university', label: { zh: '大学', en: 'University' } },
  { value: 'researchInstitute', label: { zh: '科研机构', en: 'Research institute' } },
  { value: 'tradeUnion', label: { zh: '工会组织', en: 'Trade union' } },
  { value: 'ngo', label: { zh: '非政府组织', en: 'NGO' } },
  { value: 'government', label: { zh: '政府机构', en: 'Government body' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
];

export const backgroundReviewStatuses = [
  { value: 'notStarted', label: { zh: '未审查', en: 'Not started' }, color: 'gray' },
  { value: 'inProgress', label: { zh: '审查中', en: 'In progress' }, color: 'blue' },
  { value: 'passed', label: { zh: '已通过', en: 'Passed' }, color: 'green' },
  { value: 'concerns', label: { zh: '存在疑虑', en: 'Concerns raised' }, color: 'orange' },
  { value: 'rejected', label: { zh: '未通过', en: 'Rejected' }, color: 'red' },
];

export const partner: RegisterDef = {
  name: 'partner',
  label: { zh: '合作院校', en: 'Partners' },
  titleField: 'nameZh',
  icon: 'world',
  nav: true,
  ownership: { field: 'department' },
  sharedWithDepartments: true,
  sameAs: [
    ['nameZh', 'country'],
    ['nameOriginal', 'country'],
  ],
  fields: [
    { key: 'nameZh', type: 'text', label: { zh: '中文名称', en: 'Chinese name' }, required: true, maxLength: 200 },
    { key: 'nameOriginal', type: 'text', label: { zh: '原文名称', en: 'Original name' }, maxLength: 300 },
    { key: 'country', type: 'enum', label: { zh: '国家/地区', en: 'Country / region' }, required: true, options: countryOptions },
    { key: 'city', type: 'text', label: { zh: '城市', en: 'City' }, maxLength: 100 },
    { key: 'type', type: 'enum', label: { zh: '机构类型', en: 'Type' }, required: true, options: partnerTypes, defaultValue: 'university' },
    { key: 'website', type: 'url', label: { zh: '网站', en: 'Website' }, maxLength: 300 },
    {
      key: 'backgroundReview',
      type: 'enum',
      label: { zh: '背景审查', en: 'Background review' },
      required: true,
      options: backgroundReviewStatuses,
      defaultValue: 'notStarted',
    },
    {
      key: 'department',
      type: 'department',
      label: { zh: '负责部门', en: 'Responsible department' },
      required: true,
      defaultValue: officeDepartment,
    },
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['nameZh', 'nameOriginal', 'country', 'city', 'type', 'backgroundReview', 'department'],
  searchFields: ['nameZh', 'nameOriginal', 'country', 'city', 'notes'],
  filters: [
    { key: 'country', kind: 'enum', field: 'country', label: { zh: '国家/地区', en: 'Country / region' }, options: countryOptions },
    { key: 'type', kind: 'enum', field: 'type', label: { zh: '机构类型', en: 'Type' }, options: partnerTypes },
    {
      key: 'backgroundReview',
      kind: 'enum',
      field: 'backgroundReview',
      label: { zh: '背景审查', en: 'Background review' },
      options: backgroundReviewStatuses,
    },
    { key: 'department', kind: 'department', field: 'department', label: { zh: '负责部门', en: 'Department' } },
  ],
  sortable: ['nameZh', 'nameOriginal', 'country', 'city', 'type', 'backgroundReview', 'updatedAt'],
  defaultSort: { field: 'updatedAt', direction: 'desc' },
};

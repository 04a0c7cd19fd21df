import type { RegisterDef } from '../../contract';

export const departmentKinds = [
  { value: 'academic', label: { zh: '院系部', en: 'Academic school' } },
  { value: 'functional', label: { zh: '职能部门', en: 'Functional office' } },
];

/** The office's own department code: owner of university-level records and reference data. */
export const officeDepartment = 'FAO';

export const department: RegisterDef = {
  name: 'department',
  label: { zh: '院系部门', en: 'Departments' },
  titleField: 'nameZh',
  icon: 'building',
  nav: true,
  officeOnly: true,
  ownership: { fixed: officeDepartment },
  fields: [
    {
      key: 'code',
      type: 'text',
      label: { zh: '代码', en: 'Code' },
      required: true,
      maxLength: 20,
      unique: true,
      help: { zh: '大写字母或数字，如 FAO', en: 'Upper-case letters or digits, e.g. FAO' },
    },
    { key: 'nameZh', type: 'text', label: { zh: '中文名称', en: 'Chinese name' }, required: true, maxLength: 100 },
    { key: 'nameEn', type: 'text', label: { zh: '英文名称', en: 'English name' }, maxLength: 200 },
    { key: 'kind', type: 'enum', label: { zh: '类别', en: 'Kind' }, required: true, options: departmentKinds, defaultValue: 'academic' },
    { key: 'liaisonOfficer', type: 'text', label: { zh: '外事联络员', en: 'Liaison officer' }, maxLength: 100 },
    { key: 'liaisonContact', type: 'text', label: { zh: '联络员联系方式', en: 'Liaison contact' }, maxLength: 200 },
  ],
  listColumns: ['code', 'nameZh', 'nameEn', 'kind', 'liaisonOfficer', 'liaisonContact'],
  searchFields: ['code', 'nameZh', 'nameEn', 'liaisonOfficer'],
  filters: [{ key: 'kind', kind: 'enum', field: 'kind', label: { zh: '类别', en: 'Kind' }, options: departmentKinds }],
  sortable: ['code', 'nameZh', 'kind'],
  defaultSort: { field: 'code', direction: 'asc' },
};

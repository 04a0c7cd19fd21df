import { currencyOptions, type FieldIssue, type FieldValue, type RegisterDef } from '../../contract';
import { endBeforeStart } from '../checks';
import { countryName, countryOptions } from '../countries';
import { officeDepartment } from './department';

type Values = Record<string, FieldValue>;

/**
 * The per-country (and per-city) daily standards for official trips abroad, 财行〔2013〕516号 style: a lodging
 * cap per person-night, food and miscellaneous (公杂费) allowances per person-day, in the stated currency.
 * Standards change (lodging was adjusted in 2017), so each row is one version with its own dates; a trip is
 * measured under the version in force on its departure date. Reference data only the office keeps.
 */
export const travelStandard: RegisterDef = {
  name: 'travelStandard',
  label: { zh: '出国经费开支标准', en: 'Travel standards abroad' },
  titleField: 'title',
  icon: 'scale',
  nav: true,
  officeOnly: true,
  ownership: { fixed: officeDepartment },
  fields: [
    { key: 'title', type: 'text', derived: true, label: { zh: '名称', en: 'Name' } },
    { key: 'country', type: 'enum', label: { zh: '国家/地区', en: 'Country / region' }, required: true, options: countryOptions },
    {
      key: 'city',
      type: 'text',
      label: { zh: '城市', en: 'City' },
      maxLength: 300,
      help: {
        zh: '空白表示该国“其他城市”；同一标准的多个城市用顿号分隔，如：首尔、釜山、Seoul',
        en: "Empty: the country's other cities; several names separated by 、 or commas, e.g. 首尔、釜山、Seoul",
      },
    },
    { key: 'currency', type: 'enum', label: { zh: '币种', en: 'Currency' }, required: true, options: currencyOptions, defaultValue: 'USD' },
    {
      key: 'lodging',
      type: 'money',
      currencyField: 'currency',
      label: { zh: '住宿费（每人每晚上限）', en: 'Lodging cap (per person-night)' },
      required: true,
    },
    {
      key: 'food',
      type: 'money',
      currencyField: 'currency',
      label: { zh: '伙食费（每人每天）', en: 'Food (per person-day)' },
      required: true,
    },
    {
      key: 'misc',
      type: 'money',
      currencyField: 'currency',
      label: { zh: '公杂费（每人每天）', en: 'Miscellaneous (per person-day)' },
      required: true,
    },
    { key: 'effectiveFrom', type: 'date', label: { zh: '生效日期', en: 'Effective from' }, required: true },
    {
      key: 'effectiveTo',
      type: 'date',
      label: { zh: '失效日期', en: 'Effective to' },
      help: {
        zh: '空白表示现行有效；调整标准时填写旧版本的失效日期，再新增一条',
        en: 'Empty while in force; to change a standard, end the old version and add a new one',
      },
    },
    { key: 'source', type: 'text', label: { zh: '依据文件', en: 'Source document' }, maxLength: 300 },
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['title', 'currency', 'lodging', 'food', 'misc', 'effectiveFrom', 'effectiveTo', 'source'],
  searchFields: ['title', 'city', 'source', 'notes'],
  filters: [
    { key: 'country', kind: 'enum', field: 'country', label: { zh: '国家/地区', en: 'Country / region' }, options: countryOptions },
    { key: 'currency', kind: 'enum', field: 'currency', label: { zh: '币种', en: 'Currency' }, options: currencyOptions },
    { key: 'effectiveFrom', kind: 'dateRange', field: 'effectiveFrom', label: { zh: '生效日期', en: 'Effective from' } },
  ],
  sortable: ['title', 'effectiveFrom', 'effectiveTo', 'lodging', 'updatedAt'],
  defaultSort: { field: 'title', direction: 'asc' },
};

/** The names a standard's city field lists ("首尔、釜山、Seoul"), folded for matching; none for "other cities". */
export function cityNames(city: string | null | undefined): string[] {
  return (city ?? '')
    .split(/[、,，;；/]/)
    .map(foldCity)
    .filter(Boolean);
}

/** Width, case and spacing do not tell two city names apart ("New York", "new  york", "ＮＥＷ ＹＯＲＫ"). */
export const foldCity = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** "日本 东京" or "日本 其他城市": what a list and a finding call the standard. */
export function deriveTravelStandard(values: Values): Values {
  const country = values.country ? countryName(String(values.country)).zh : '';
  const city = (values.city as string | null)?.trim();
  return { title: `${country} ${city || '其他城市'}` };
}

export const checkTravelStandard = (values: Values): FieldIssue[] =>
  endBeforeStart(values, 'effectiveFrom', 'effectiveTo', '失效日期不能早于生效日期', 'The end date cannot be before the effective date');

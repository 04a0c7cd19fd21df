import type { FieldIssue, FieldValue, RegisterDef } from '../../contract';
import { issue } from '../checks';
import { countryOptions } from '../countries';
import { officeDepartment } from './department';

export const intakeKinds = [
  { value: 'degree', label: { zh: '学历生', en: 'Degree students' } },
  { value: 'shortTermVisiting', label: { zh: '短期访问生', en: 'Short-term visiting students' } },
  { value: 'tradeUnionCadre', label: { zh: '国际工会干部研修生', en: 'International trade-union cadre trainees' } },
];

export const milestoneKinds = [
  { value: 'qualificationApplied', label: { zh: '招收留学生资格申请', en: 'Qualification applied for' }, color: 'blue' },
  { value: 'qualificationGranted', label: { zh: '获得招收留学生资格', en: 'Qualification granted' }, color: 'green' },
];

const milestones = new Set(milestoneKinds.map((k) => k.value));

/**
 * International students: each year's intakes by kind, and the qualification milestones before the first
 * intake (targets T11, T12). Milestones are kinds of this register rather than a register of their own:
 * there are two or three of them in a plan period, they belong to the same story by year, and the targets
 * read both from one list. A milestone has a date and its approval document; an intake has its head-count
 * and source countries. The office keeps counts, not per-student records: students' personal files stay
 * with the student office.
 */
export const studentIntake: RegisterDef = {
  name: 'studentIntake',
  label: { zh: '来华留学生', en: 'International students' },
  titleField: 'title',
  icon: 'users-group',
  nav: true,
  ownership: { field: 'department' },
  fields: [
    {
      key: 'title',
      type: 'text',
      label: { zh: '名称', en: 'Title' },
      required: true,
      maxLength: 300,
      help: { zh: '如：2018年首批学历留学生', en: 'e.g. First degree students, 2018' },
    },
    { key: 'year', type: 'integer', label: { zh: '年度', en: 'Year' }, required: true, min: 2000, max: 2100 },
    {
      key: 'kind',
      type: 'enum',
      label: { zh: '类别', en: 'Kind' },
      required: true,
      options: [...intakeKinds, ...milestoneKinds],
      defaultValue: 'degree',
    },
    {
      key: 'department',
      type: 'department',
      label: { zh: '培养/管理部门', en: 'Department' },
      required: true,
      defaultValue: officeDepartment,
    },
    { key: 'count', type: 'integer', label: { zh: '人数', en: 'Students' }, min: 1, max: 100000 },
    { key: 'countries', type: 'enumList', label: { zh: '生源国家/地区', en: 'Source countries / regions' }, options: countryOptions },
    {
      key: 'date',
      type: 'date',
      label: { zh: '日期', en: 'Date' },
      help: { zh: '入学日期；资格申请或获批日期', en: 'Enrolment date; for a milestone, the date applied or granted' },
    },
    { key: 'document', type: 'file', label: { zh: '批文/名单', en: 'Approval or list' } },
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['title', 'year', 'kind', 'department', 'count', 'countries', 'date'],
  searchFields: ['title', 'notes'],
  filters: [
    { key: 'kind', kind: 'enum', field: 'kind', label: { zh: '类别', en: 'Kind' }, options: [...intakeKinds, ...milestoneKinds] },
    { key: 'department', kind: 'department', field: 'department', label: { zh: '培养/管理部门', en: 'Department' } },
    {
      key: 'country',
      kind: 'listContains',
      field: 'countries',
      label: { zh: '生源国家/地区', en: 'Source country' },
      options: countryOptions,
    },
  ],
  sortable: ['title', 'year', 'kind', 'count', 'date', 'updatedAt'],
  defaultSort: { field: 'year', direction: 'desc' },
};

/** An intake has its head-count (at least one student per source country); a milestone its date and no students. */
export function checkStudentIntake(values: Record<string, FieldValue>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const count = values.count as number | null;
  const countries = (values.countries as string[] | null) ?? [];
  const date = values.date as string | null;
  if (milestones.has(String(values.kind))) {
    if (!date) issues.push(issue('date', '请填写资格申请或获批日期', 'Enter the date applied or granted'));
    if (count !== null) issues.push(issue('count', '资格里程碑不填写人数', 'A milestone has no head-count'));
    if (countries.length) issues.push(issue('countries', '资格里程碑不填写生源国家', 'A milestone has no source countries'));
  } else {
    if (count === null) issues.push(issue('count', '请填写招收人数', 'Enter how many students enrolled'));
    if (count !== null && countries.length > count) {
      issues.push(
        issue(
          'countries',
          `${countries.length} 个生源国家/地区，人数却只有 ${count} 人`,
          `${countries.length} source countries, but only ${count} students`,
        ),
      );
    }
  }
  if (date && values.year !== null && Number(date.slice(0, 4)) !== values.year) {
    issues.push(issue('date', `日期不在 ${String(values.year)} 年内`, `The date is not in ${String(values.year)}`));
  }
  return issues;
}

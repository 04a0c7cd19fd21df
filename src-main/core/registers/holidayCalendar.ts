import type { EnumOption, FieldIssue, FieldValue, RegisterDef, TableRow } from '../../contract';
import { issue } from '../checks';
import { officeDepartment } from './department';

export const calendarDayKinds: EnumOption[] = [
  { value: 'holiday', label: { zh: '放假', en: 'Holiday' }, color: 'red' },
  { value: 'workday', label: { zh: '调休上班', en: 'Make-up working day' }, color: 'blue' },
];

/**
 * China's public holidays and make-up working days, one record per year as the State Council General
 * Office publishes them (国务院办公厅关于部分节假日安排的通知). Every working-day count reads it; a year
 * with no record cannot be counted.
 */
export const holidayCalendar: RegisterDef = {
  name: 'holidayCalendar',
  label: { zh: '节假日安排', en: 'Holiday calendar' },
  titleField: 'title',
  icon: 'calendar',
  nav: true,
  officeOnly: true,
  ownership: { fixed: officeDepartment },
  fields: [
    { key: 'title', type: 'text', label: { zh: '名称', en: 'Title' }, required: true, maxLength: 200 },
    { key: 'year', type: 'integer', label: { zh: '年度', en: 'Year' }, required: true, min: 2000, max: 2100, unique: true },
    {
      key: 'days',
      type: 'table',
      label: { zh: '放假和调休日期', en: 'Holidays and make-up working days' },
      required: true,
      columns: [
        { key: 'date', type: 'date', label: { zh: '日期', en: 'Date' }, required: true },
        {
          key: 'kind',
          type: 'enum',
          label: { zh: '类型', en: 'Kind' },
          required: true,
          options: calendarDayKinds,
          defaultValue: 'holiday',
        },
        { key: 'name', type: 'text', label: { zh: '节日', en: 'Holiday' }, maxLength: 50 },
      ],
    },
    {
      key: 'noticeNumber',
      type: 'text',
      label: { zh: '通知文号', en: 'Notice number' },
      maxLength: 100,
      help: { zh: '国务院办公厅通知的文号，如 国办发明电〔2025〕7号', en: "The State Council General Office notice's number" },
    },
    { key: 'noticeDate', type: 'date', label: { zh: '通知日期', en: 'Notice date' } },
    { key: 'source', type: 'text', label: { zh: '依据文件', en: 'Source document' }, maxLength: 300 },
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['year', 'title', 'noticeNumber', 'noticeDate', 'source'],
  searchFields: ['title', 'noticeNumber', 'source', 'notes'],
  filters: [],
  sortable: ['year', 'title', 'updatedAt'],
  defaultSort: { field: 'year', direction: 'desc' },
};

const weekend = (iso: string) => [0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());

/** Each date in the record's year and listed once; a make-up working day falls on a weekend. */
export function checkHolidayCalendar(values: Record<string, FieldValue>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const year = values.year as number | null;
  const seen = new Map<string, number>();
  ((values.days as TableRow[] | null) ?? []).forEach((d, i) => {
    const date = String(d.date);
    if (year && !date.startsWith(`${year}-`))
      issues.push(issue(`days.${i}.date`, `第 ${i + 1} 行：${date} 不在 ${year} 年`, `Row ${i + 1}: ${date} is not in ${year}`));
    const earlier = seen.get(date);
    if (earlier !== undefined)
      issues.push(
        issue(`days.${i}.date`, `第 ${i + 1} 行与第 ${earlier + 1} 行日期相同`, `Row ${i + 1} repeats the date of row ${earlier + 1}`),
      );
    else seen.set(date, i);
    if (d.kind === 'workday' && !weekend(date))
      issues.push(
        issue(
          `days.${i}.kind`,
          `第 ${i + 1} 行：${date} 本是工作日，不是调休上班日`,
          `Row ${i + 1}: ${date} is a weekday anyway, not a make-up working day`,
        ),
      );
  });
  return issues;
}

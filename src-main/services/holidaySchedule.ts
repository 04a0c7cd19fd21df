import {
  AppError,
  type FieldIssue,
  type HolidayScheduleDto,
  type HolidayScheduleInput,
  type HolidayScheduleSaved,
  type TableRow,
} from '../contract';
import { daysOfSchedule, scheduleOfDays } from '../core/rules/holidaySchedule';
import { isValidDate } from '../core/validate';
import type { ChangeWriter } from './changeWriter';
import type { ServiceContext } from './context';
import { saveRecord } from './recordCommands';
import { getRecord } from './recordQueries';

const issue = (field: string, zh: string, en: string): FieldIssue => ({ field, message: { zh, en } });

interface YearRow {
  id: string;
  head: string;
  days: string | null;
  noticeNumber: string | null;
  noticeDate: string | null;
  source: string | null;
}

const yearRecord = (ctx: ServiceContext, year: number): YearRow | undefined =>
  ctx.sqlite
    .prepare(
      'SELECT "id", "head", "days", "noticeNumber", "noticeDate", "source" FROM "holidayCalendar" WHERE "deleted" = 0 AND "year" = ?',
    )
    .get(year) as YearRow | undefined;

/** The live trips whose rules could not all be checked for want of the year's working-day calendar. */
export const tripsWithoutCalendar = (ctx: ServiceContext, year: number): number =>
  ctx.sqlite
    .prepare(
      `SELECT count(DISTINCT "recordId") FROM "ruleFinding" WHERE "register" = 'delegation' AND "kind" = 'cannotCheck' AND json_extract("data", '$.calendarYear') = ?`,
    )
    .pluck()
    .get(year) as number;

/** The years the calendar holds. */
export const calendarYears = (ctx: ServiceContext): Set<number> =>
  new Set(ctx.sqlite.prepare('SELECT "year" FROM "holidayCalendar" WHERE "deleted" = 0').pluck().all() as number[]);

/** A year's schedule as the notice states it, read from its record; empty ranges for a year not yet entered. */
export function holidaySchedule(ctx: ServiceContext, year: number): HolidayScheduleDto {
  const row = yearRecord(ctx, year);
  const ranges = scheduleOfDays(row?.days ? (JSON.parse(row.days) as TableRow[]) : []);
  return {
    year,
    recordId: row?.id ?? null,
    noticeNumber: row?.noticeNumber ?? '',
    noticeDate: row?.noticeDate ?? '',
    source: row?.source ?? '',
    ...ranges,
  };
}

/**
 * A year's schedule saved as its calendar record (a new one, or the year's record replaced): through the one gate
 * like any edit, which checks every trip again in the same transaction, so a trip that could not be checked
 * for want of this year is checked now.
 */
export function enterHolidaySchedule(ctx: ServiceContext, writer: ChangeWriter, input: HolidayScheduleInput): HolidayScheduleSaved {
  const issues: FieldIssue[] = [];
  if (!input.noticeNumber.trim()) issues.push(issue('noticeNumber', '通知文号：必填', 'Notice number: required'));
  if (!input.noticeDate) issues.push(issue('noticeDate', '通知日期：必填', 'Notice date: required'));
  if (!input.holidays.length) issues.push(issue('holidays', '至少填写一个放假安排', 'Enter at least one holiday'));
  input.holidays.forEach((h, i) => {
    if (!h.name.trim()) issues.push(issue(`holidays.${i}.name`, `第 ${i + 1} 个假期：请填写节日名称`, `Holiday ${i + 1}: name it`));
    for (const [key, value, zh, en] of [
      ['from', h.from, '开始', 'first day'],
      ['to', h.to, '结束', 'last day'],
    ] as const) {
      if (!isValidDate(value))
        issues.push(
          issue(
            `holidays.${i}.${key}`,
            `第 ${i + 1} 个假期（${h.name}）：${zh}日期“${value}”不是有效日期`,
            `Holiday ${i + 1} (${h.name}): the ${en} "${value}" is not a date`,
          ),
        );
    }
  });
  input.workdays.forEach((w, i) => {
    if (!isValidDate(w.date))
      issues.push(
        issue(
          `workdays.${i}.date`,
          `第 ${i + 1} 个调休上班日：“${w.date}”不是有效日期`,
          `Make-up working day ${i + 1}: "${w.date}" is not a date`,
        ),
      );
  });
  const datesValid = input.holidays.every((h) => isValidDate(h.from) && isValidDate(h.to));
  const { days, issues: rangeIssues } = datesValid ? daysOfSchedule(input) : { days: [], issues: [] };
  issues.push(...rangeIssues);
  if (issues.length) {
    throw new AppError(
      'VALIDATION',
      { zh: `${input.year} 年节假日安排有误，未保存`, en: `The ${input.year} holiday schedule has errors; nothing was saved` },
      issues,
    );
  }
  const existing = yearRecord(ctx, input.year);
  const uncheckedBefore = tripsWithoutCalendar(ctx, input.year);
  const noticeNumber = input.noticeNumber.trim();
  const id = saveRecord(ctx, writer, {
    register: 'holidayCalendar',
    ...(existing ? { id: existing.id, baseHead: existing.head } : {}),
    values: {
      title: `${input.year}年节假日安排`,
      year: input.year,
      days,
      noticeNumber,
      noticeDate: input.noticeDate,
      source: input.source?.trim() || `国务院办公厅关于${input.year}年部分节假日安排的通知（${noticeNumber}）`,
    },
  });
  return {
    record: getRecord(ctx, { register: 'holidayCalendar', id }),
    uncheckedBefore,
    uncheckedAfter: tripsWithoutCalendar(ctx, input.year),
  };
}

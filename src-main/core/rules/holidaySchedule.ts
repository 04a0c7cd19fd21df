import type { FieldIssue, TableRow } from '../../contract';
import { addDays } from '../expiry';

/**
 * A year's schedule as the State Council's notice states it: each holiday as a range of days off (春节 2月15日至
 * 23日), and the weekend days worked instead (调休上班). The calendar keeps it day by day (holidayCalendar.days).
 */
export interface HolidayRange {
  name: string;
  from: string;
  to: string;
}

export interface MakeUpDay {
  date: string;
  name: string;
}

export interface HolidaySchedule {
  holidays: HolidayRange[];
  workdays: MakeUpDay[];
}

const issue = (field: string, zh: string, en: string): FieldIssue => ({ field, message: { zh, en } });

/** The day-by-day rows of a schedule, in date order, or what is wrong with a range (the record's own checks do the rest). */
export function daysOfSchedule(schedule: HolidaySchedule): { days: TableRow[]; issues: FieldIssue[] } {
  const days: TableRow[] = [];
  const issues: FieldIssue[] = [];
  schedule.holidays.forEach((h, i) => {
    if (h.to < h.from) {
      issues.push(
        issue(
          `holidays.${i}.to`,
          `第 ${i + 1} 个假期（${h.name}）：结束日期 ${h.to} 早于开始日期 ${h.from}`,
          `Holiday ${i + 1} (${h.name}): it ends (${h.to}) before it starts (${h.from})`,
        ),
      );
      return;
    }
    if (addDays(h.from, 31) <= h.to) {
      issues.push(
        issue(
          `holidays.${i}.to`,
          `第 ${i + 1} 个假期（${h.name}）超过 31 天，请检查日期`,
          `Holiday ${i + 1} (${h.name}) is longer than 31 days: check the dates`,
        ),
      );
      return;
    }
    for (let day = h.from; day <= h.to; day = addDays(day, 1)) days.push({ date: day, kind: 'holiday', name: h.name });
  });
  for (const w of schedule.workdays) days.push({ date: w.date, kind: 'workday', name: w.name });
  days.sort((a, b) => String(a.date).localeCompare(String(b.date)));
  return { days, issues };
}

/** A year's rows read back as the notice states them: runs of consecutive days off of one holiday, and the days worked. */
export function scheduleOfDays(days: TableRow[]): HolidaySchedule {
  const holidays: HolidayRange[] = [];
  const workdays: MakeUpDay[] = [];
  for (const d of [...days].sort((a, b) => String(a.date).localeCompare(String(b.date)))) {
    const date = String(d.date);
    const name = String(d.name ?? '');
    if (d.kind === 'workday') {
      workdays.push({ date, name });
      continue;
    }
    const last = holidays[holidays.length - 1];
    if (last && last.name === name && addDays(last.to, 1) === date) last.to = date;
    else holidays.push({ name, from: date, to: date });
  }
  return { holidays, workdays };
}

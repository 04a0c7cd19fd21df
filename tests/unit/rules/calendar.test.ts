import { describe, expect, it } from 'vitest';
import holidayCalendar from '../../../assets/defaults/holidayCalendar.json';
import { addWorkingDays, calendarOf, isWorkingDay, workingDaysBetween } from '../../../src-main/core/rules/calendar';

const calendar = calendarOf(holidayCalendar);

describe('the working-day calendar', () => {
  it('takes weekdays as working days and weekends off, unless the year says otherwise', () => {
    expect(isWorkingDay(calendar, '2026-11-27')).toEqual({ ok: true, value: true });
    expect(isWorkingDay(calendar, '2026-11-28')).toEqual({ ok: true, value: false });
    expect(isWorkingDay(calendar, '2026-10-01')).toEqual({ ok: true, value: false });
    expect(isWorkingDay(calendar, '2026-10-10')).toEqual({ ok: true, value: true });
    expect(isWorkingDay(calendar, '2025-01-26')).toEqual({ ok: true, value: true });
  });

  it('counts working days from a day up to but not including another', () => {
    expect(workingDaysBetween(calendar, '2026-11-16', '2026-11-23')).toEqual({ ok: true, value: 5 });
    expect(workingDaysBetween(calendar, '2026-11-16', '2026-11-16')).toEqual({ ok: true, value: 0 });
    // Spring Festival 2026: 15-23 February off, Saturday 14 and Saturday 28 February worked.
    expect(workingDaysBetween(calendar, '2026-02-09', '2026-03-02')).toEqual({ ok: true, value: 11 });
  });

  it('finds the nth working day after a date, across a holiday and a make-up day', () => {
    expect(addWorkingDays(calendar, '2026-09-30', 1)).toEqual({ ok: true, value: '2026-10-08' });
    expect(addWorkingDays(calendar, '2026-09-30', 3)).toEqual({ ok: true, value: '2026-10-10' });
    expect(addWorkingDays(calendar, '2026-12-30', 0)).toEqual({ ok: true, value: '2026-12-30' });
  });

  it('names the year it has no data for, never guessing', () => {
    expect(isWorkingDay(calendar, '2027-01-04')).toEqual({ ok: false, missingYear: 2027 });
    expect(workingDaysBetween(calendar, '2026-12-28', '2027-01-05')).toEqual({ ok: false, missingYear: 2027 });
    expect(addWorkingDays(calendar, '2026-12-30', 5)).toEqual({ ok: false, missingYear: 2027 });
  });
});

import { addDays } from '../expiry';

/** A day the State Council moves: a public holiday (off) or a make-up working day (调休上班, on). */
export type CalendarDayKind = 'holiday' | 'workday';

/** Per year, the days that differ from "Monday to Friday on, weekends off". A year absent has no data. */
export type WorkCalendar = Map<number, Map<string, CalendarDayKind>>;

/** Either a count or the first year the calendar lacks: a working-day count is never guessed. */
export type WorkingDays<T> = { ok: true; value: T } | { ok: false; missingYear: number };

const yearOf = (iso: string) => Number(iso.slice(0, 4));
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** Whether `iso` is a working day, or the year it falls in when the calendar has no data for it. */
export function isWorkingDay(calendar: WorkCalendar, iso: string): WorkingDays<boolean> {
  const year = calendar.get(yearOf(iso));
  if (!year) return { ok: false, missingYear: yearOf(iso) };
  const kind = year.get(iso);
  if (kind) return { ok: true, value: kind === 'workday' };
  const d = weekday(iso);
  return { ok: true, value: d !== 0 && d !== 6 };
}

/** Working days from `from` up to but not including `to` (a notice posted on `from`, approved on `to`). */
export function workingDaysBetween(calendar: WorkCalendar, from: string, to: string): WorkingDays<number> {
  let count = 0;
  for (let day = from; day < to; day = addDays(day, 1)) {
    const working = isWorkingDay(calendar, day);
    if (!working.ok) return working;
    if (working.value) count++;
  }
  return { ok: true, value: count };
}

/** The `n`th working day after `from` (a report due 15 working days after return). */
export function addWorkingDays(calendar: WorkCalendar, from: string, n: number): WorkingDays<string> {
  let day = from;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    const working = isWorkingDay(calendar, day);
    if (!working.ok) return working;
    if (working.value) left--;
  }
  return { ok: true, value: day };
}

/** The calendar from the year records' rows (date and kind). */
export function calendarOf(years: { year: number; days: { date: string; kind: string }[] }[]): WorkCalendar {
  const calendar: WorkCalendar = new Map();
  for (const y of years) calendar.set(y.year, new Map(y.days.map((d) => [d.date, d.kind as CalendarDayKind])));
  return calendar;
}

import type { Reminder, TodayEntry, TodayOverview } from '../contract';
import { addDays } from '../core/expiry';
import { ownerDepartment } from '../core/registers';
import { localDate } from '../ports/clock';
import { registerOf, storeOf, type ServiceContext } from './context';
import { allReminders } from './reminders/listReminders';

/** Reminders with a section of their own on the page. */
const ownSections: Reminder['kind'][] = ['passportNotReturned', 'tripReportOverdue', 'holidayCalendarMissing'];

/** The departments this installation works for: a department laptop its own, the office and review all (null). */
const departmentsHere = (ctx: ServiceContext): string[] | null => (ctx.self.role === 'department' ? ctx.self.departments : null);

/** Whether a reminder's record belongs to the departments shown (the calendar is the office's to enter). */
function inScope(ctx: ServiceContext, departments: string[] | null, r: Reminder): boolean {
  if (!departments) return true;
  if (!r.id) return false;
  const store = storeOf(ctx, r.register);
  const row = store.get(r.id);
  const owner = row ? ownerDepartment(registerOf(r.register), store.values(row)) : null;
  return owner !== null && departments.includes(owner);
}

interface Row {
  id: string;
  title: string;
  date: string | null;
  status: string | null;
}

/** Live records of a register matching `where`, within the departments shown, ordered by the day that lists them. */
function entries(
  ctx: ServiceContext,
  register: string,
  date: string,
  where: string,
  params: unknown[],
  departments: string[] | null,
): TodayEntry[] {
  const def = registerOf(register);
  const scope = departments ? ` AND "department" IN (${departments.map(() => '?').join(', ')})` : '';
  const rows = ctx.sqlite
    .prepare(
      `SELECT "id", "${def.titleField}" AS title, "${date}" AS date, "status" FROM "${register}" WHERE "deleted" = 0 AND ${where}${scope} ORDER BY date, title`,
    )
    .all(...params, ...(departments ?? [])) as Row[];
  return rows.map((r) => ({ register, id: r.id, title: r.title, date: r.date, status: r.status, detail: null }));
}

/**
 * The today page: reminders due in the seven days from today, trips leaving or returning in them, trips and
 * conferences waiting for approval, passports still out after a trip and trip reports past their date, as of
 * the installation's clock and within its departments.
 */
export function todayOverview(ctx: ServiceContext): TodayOverview {
  const today = localDate(ctx.clock.now());
  const weekEnd = addDays(today, 6);
  const departments = departmentsHere(ctx);
  const reminders = allReminders(ctx, today).filter((r) => inScope(ctx, departments, r));
  const general = reminders.filter((r) => !ownSections.includes(r.kind));
  const live = `"status" <> 'cancelled'`;
  return {
    asOf: today,
    weekEnd,
    departments,
    remindersThisWeek: general.filter((r) => r.due >= today && r.due <= weekEnd),
    overdueReminders: general.filter((r) => r.due < today).length,
    leaving: entries(ctx, 'delegation', 'departDate', `${live} AND "departDate" BETWEEN ? AND ?`, [today, weekEnd], departments),
    returning: entries(ctx, 'delegation', 'returnDate', `${live} AND "returnDate" BETWEEN ? AND ?`, [today, weekEnd], departments),
    approvalsWaiting: [
      ...entries(ctx, 'delegation', 'submittedDate', `"status" IN ('submitted', 'publicNotice')`, [], departments),
      ...entries(ctx, 'conference', 'appliedDate', `"status" = 'applied'`, [], departments),
    ],
    passportsToReturn: reminders.filter((r) => r.kind === 'passportNotReturned'),
    reportsOverdue: reminders.filter((r) => r.kind === 'tripReportOverdue' && r.due < today),
    calendarsMissing: reminders.filter((r) => r.kind === 'holidayCalendarMissing'),
  };
}

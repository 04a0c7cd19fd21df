import type { FieldValue, TableRow } from '../../contract';
import { addDays } from '../expiry';
import { addWorkingDays, type WorkCalendar } from '../rules/calendar';
import { addMonths, leadDaysFor } from '../rules/trip';
import type { Params } from '../rules/types';

type Values = Record<string, FieldValue>;

/** The rule versions in force on a date and the working-day calendar, as the due dates read them. */
export interface DueDateRules {
  params(ruleId: string, date: string): Params | undefined;
  calendar: WorkCalendar;
}

/** The day an item is due: by its own key first, else by the stage it is required before. */
interface Deadlines {
  byKey: Record<string, string | null>;
  byStage: Record<string, string | null>;
}

const str = (values: Values, key: string) => (values[key] as string | null | undefined) ?? null;
const workingDaysAfter = (rules: DueDateRules, from: string | null, n: number | undefined) => {
  if (!from || n === undefined) return null;
  const day = addWorkingDays(rules.calendar, from, n);
  // A working-day count is never guessed: with no calendar for the year the clerk sets the date.
  return day.ok ? day.value : null;
};
const num = (params: Params | undefined, key: string) => (typeof params?.[key] === 'number' ? (params[key] as number) : undefined);

/**
 * An outbound trip's deadlines (rules.md): the application the lead time before departure, the approval once
 * the public notice has run its working days after it, everything for the journey the day before leaving,
 * passports back and the report after return, the disclosure a month on.
 */
function outboundDeadlines(values: Values, rules: DueDateRules): Deadlines {
  const depart = str(values, 'departDate');
  const back = str(values, 'returnDate');
  const on = depart ?? back;
  const at = (ruleId: string) => (on ? rules.params(ruleId, on) : undefined);
  const lead = at('trip.leadTime');
  const submit = depart && lead ? addDays(depart, -leadDaysFor({ values, members: [] }, lead)) : null;
  const approve = workingDaysAfter(rules, submit, num(at('trip.publicNotice'), 'workingDays'));
  const passportDays = num(at('trip.passportReturn'), 'days');
  const report = workingDaysAfter(rules, back, num(at('trip.report'), 'workingDays'));
  const disclosureMonths = num(at('trip.disclosure'), 'months');
  return {
    byKey: {
      passportReturned: back && passportDays !== undefined ? addDays(back, passportDays) : null,
      tripReport: report,
    },
    byStage: {
      submitted: submit,
      publicNotice: submit,
      approved: approve,
      travelling: depart ? addDays(depart, -1) : null,
      returned: back,
      reportFiled: report,
      closed: back && disclosureMonths !== undefined ? addMonths(back, disclosureMonths) : null,
    },
  };
}

/**
 * A visit's deadlines: approval the lead time before arrival (longer with officials), the visa invitation
 * sent the same day, the police registration within a day of arrival. No rule sets the summary's deadline,
 * so it takes the office's trip-report one.
 */
function inboundDeadlines(values: Values, rules: DueDateRules): Deadlines {
  const arrive = str(values, 'departDate');
  const leave = str(values, 'returnDate');
  const on = arrive ?? leave;
  const lead = on ? rules.params('visit.leadTime', on) : undefined;
  const leadDays = num(lead, values.officialGuests === true ? 'officialDays' : 'days');
  const approve = arrive && leadDays !== undefined ? addDays(arrive, -leadDays) : null;
  const report = workingDaysAfter(rules, leave, num(on ? rules.params('trip.report', on) : undefined, 'workingDays'));
  return {
    byKey: { visaInvitation: approve, policeRegistration: arrive ? addDays(arrive, 1) : null },
    byStage: { approved: approve, travelling: arrive ? addDays(arrive, -1) : null, returned: leave, reportFiled: report, closed: report },
  };
}

const deadlinesOf: Record<string, (values: Values, rules: DueDateRules) => Deadlines> = {
  outboundDelegation: outboundDeadlines,
  inboundDelegation: inboundDeadlines,
};

/** The due date the rules give an item of a subject of `kind` with these values; null when they give none. */
export function computedDueDate(kind: string, values: Values, item: TableRow, rules: DueDateRules): string | null {
  const deadlines = deadlinesOf[kind]?.(values, rules);
  if (!deadlines) return null;
  const key = String(item.key ?? '');
  if (key in deadlines.byKey) return deadlines.byKey[key] ?? null;
  return deadlines.byStage[String(item.requiredBefore ?? '')] ?? null;
}

/** Whether the rules give due dates to the checklist of a subject of `kind`. */
export const hasComputedDueDates = (kind: string): boolean => kind in deadlinesOf;

const itemKey = (item: TableRow) => String(item.key ?? item.title ?? '');

/**
 * The checklist with each item's due date computed from the subject's dates, except where the clerk set one
 * by hand: a date given with the new record, changed in this save, or differing from what the previous
 * version's dates gave. Clearing a date hands it back to the rules.
 */
export function withDueDates(
  kind: string,
  items: TableRow[],
  values: Values,
  previous: Values | undefined,
  checklistField: string,
  rules: DueDateRules,
): TableRow[] {
  const before = new Map(((previous?.[checklistField] as TableRow[] | null) ?? []).map((item) => [itemKey(item), item]));
  return items.map((item) => {
    const given = (item.dueDate as string | null | undefined) ?? null;
    const was = before.get(itemKey(item));
    const computed = () => computedDueDate(kind, values, item, rules);
    if (given === null) return { ...item, dueDate: computed() };
    if (!previous || !was) return item;
    const wasDue = (was.dueDate as string | null | undefined) ?? null;
    const followed = given === wasDue && given === computedDueDate(kind, previous, was, rules);
    return followed ? { ...item, dueDate: computed() } : item;
  });
}

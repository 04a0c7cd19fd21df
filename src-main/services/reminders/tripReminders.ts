import type { Localized, Reminder, ReminderSettings } from '../../contract';
import { addDays } from '../../core/expiry';
import { addWorkingDays } from '../../core/rules/calendar';
import { addMonths } from '../../core/rules/trip';
import type { ServiceContext } from '../context';
import { reminderOf } from './reminderOf';
import { ruleDeadlines, type RuleDeadlines } from './ruleDeadlines';

const notYetLeft = `('draft', 'submitted', 'publicNotice', 'approved')`;
const backHome = `('travelling', 'returned', 'reportFiled', 'closed')`;

interface TripRow {
  id: string;
  title: string;
  departDate: string | null;
  returnDate: string;
}

/**
 * Outbound trips ahead whose members' passports lapse within the required months after return (or are not
 * on record), passports not handed back in time after a trip, trip reports not filed and trips not
 * disclosed in time. Each deadline is the rule version's in force on the trip's departure, else the
 * office's reminder setting.
 */
export function tripReminders(ctx: ServiceContext, today: string, settings: ReminderSettings): Reminder[] {
  const out: Reminder[] = [];
  const rules = ruleDeadlines(ctx);
  const dateOf = (r: TripRow) => r.departDate ?? r.returnDate;
  const passports = ctx.sqlite
    .prepare(
      `SELECT d."id", d."title", d."departDate", d."returnDate", p."name", p."passportExpiry"
         FROM "delegation" d
         JOIN "recordLink" l ON l."register" = 'delegation' AND l."field" = 'members.person' AND l."row" = d.rowid
         JOIN "person" p ON p."id" = l."value"
        WHERE d."deleted" = 0 AND d."direction" = 'outbound' AND d."status" IN ${notYetLeft}
          AND d."departDate" >= ? AND d."returnDate" IS NOT NULL
        ORDER BY d."departDate"`,
    )
    .all(today) as (TripRow & { departDate: string; name: string; passportExpiry: string | null })[];
  for (const r of passports) {
    const months = rules.param('trip.passportValidity', r.departDate, 'months') ?? settings.passportValidMonths;
    if (r.passportExpiry && r.passportExpiry >= addMonths(r.returnDate, months)) continue;
    // A passport already lapsed is past its deadline now, not days before departure.
    const lapsed = r.passportExpiry !== null && r.passportExpiry < today;
    out.push(
      reminderOf(
        {
          kind: 'passportBeforeTrip',
          register: 'delegation',
          id: r.id,
          title: r.title,
          due: lapsed ? r.passportExpiry! : r.departDate,
          detail: lapsed
            ? {
                zh: `${r.name}的护照已于 ${r.passportExpiry} 过期，出发前须换发`,
                en: `${r.name}'s passport lapsed on ${r.passportExpiry}: renew it before departure`,
              }
            : r.passportExpiry
              ? {
                  zh: `${r.name}的护照 ${r.passportExpiry} 到期，不足回国后 ${months} 个月`,
                  en: `${r.name}'s passport expires ${r.passportExpiry}, less than ${months} months after return`,
                }
              : { zh: `${r.name}的护照有效期未登记`, en: `${r.name}'s passport expiry is not on record` },
        },
        today,
        settings,
      ),
    );
  }

  const backBefore = (missing: string, statuses: string) =>
    ctx.sqlite
      .prepare(
        `SELECT "id", "title", "departDate", "returnDate" FROM "delegation"
          WHERE "deleted" = 0 AND "direction" = 'outbound' AND "status" IN ${statuses} AND "${missing}" IS NULL
            AND "returnDate" IS NOT NULL AND "returnDate" < ? ORDER BY "returnDate"`,
      )
      .all(today) as TripRow[];

  for (const r of backBefore('passportReturnedDate', backHome)) {
    const due = addDays(r.returnDate, rules.param('trip.passportReturn', dateOf(r), 'days') ?? settings.passportReturnDays);
    out.push(
      afterReturn(r, 'passportNotReturned', due, today, settings, {
        zh: `${r.returnDate} 回国，护照须在 ${due} 前交回`,
        en: `Back on ${r.returnDate}; passports are due back by ${due}`,
      }),
    );
  }
  for (const r of backBefore('reportFiledDate', `('travelling', 'returned')`)) {
    const due = reportDue(rules, r, settings);
    out.push(
      afterReturn(r, 'tripReportOverdue', due, today, settings, {
        zh: `${r.returnDate} 结束行程，报告须在 ${due} 前归档`,
        en: `Ended on ${r.returnDate}; the report is due by ${due}`,
      }),
    );
  }
  for (const r of backBefore('disclosureDate', backHome)) {
    const months = rules.param('trip.disclosure', dateOf(r), 'months');
    if (months === undefined) continue;
    const due = addMonths(r.returnDate, months);
    out.push(
      afterReturn(r, 'disclosureDue', due, today, settings, {
        zh: `${r.returnDate} 回国，出访信息须在 ${due} 前公开`,
        en: `Back on ${r.returnDate}; the trip is to be disclosed by ${due}`,
      }),
    );
  }
  return out;
}

/** The report's due date: working days by the rule and the holiday calendar, else the setting's calendar days. */
function reportDue(rules: RuleDeadlines, r: TripRow, settings: ReminderSettings): string {
  const workingDays = rules.param('trip.report', r.departDate ?? r.returnDate, 'workingDays');
  const due = workingDays === undefined ? undefined : addWorkingDays(rules.calendar, r.returnDate, workingDays);
  return due?.ok ? due.value : addDays(r.returnDate, settings.tripReportDays);
}

const afterReturn = (
  r: TripRow,
  kind: Reminder['kind'],
  due: string,
  today: string,
  settings: ReminderSettings,
  detail: Localized,
): Reminder => reminderOf({ kind, register: 'delegation', id: r.id, title: r.title, due, detail }, today, settings);

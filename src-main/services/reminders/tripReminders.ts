import type { Localized, Reminder, ReminderSettings } from '../../contract';
import { addDays } from '../../core/expiry';
import type { ServiceContext } from '../context';
import { reminderOf } from './reminderOf';

const notYetLeft = `('draft', 'submitted', 'publicNotice', 'approved')`;
const backHome = `('travelling', 'returned', 'reportFiled', 'closed')`;

interface TripRow {
  id: string;
  title: string;
  returnDate: string;
}

/**
 * Outbound trips ahead whose members' passports lapse within the required months after return (or are not
 * on record), passports not handed back in time after a trip, and trip reports not filed in time.
 */
export function tripReminders(ctx: ServiceContext, today: string, settings: ReminderSettings): Reminder[] {
  const out: Reminder[] = [];
  const passports = ctx.sqlite
    .prepare(
      `SELECT d."id", d."title", d."departDate", d."returnDate", p."name", p."passportExpiry"
         FROM "delegation" d
         JOIN "recordLink" l ON l."register" = 'delegation' AND l."field" = 'members.person' AND l."row" = d.rowid
         JOIN "person" p ON p."id" = l."value"
        WHERE d."deleted" = 0 AND d."direction" = 'outbound' AND d."status" IN ${notYetLeft}
          AND d."departDate" >= ? AND d."returnDate" IS NOT NULL
          AND (p."passportExpiry" IS NULL OR p."passportExpiry" < date(d."returnDate", '+' || ? || ' months'))
        ORDER BY d."departDate"`,
    )
    .all(today, settings.passportValidMonths) as (TripRow & { departDate: string; name: string; passportExpiry: string | null })[];
  for (const r of passports) {
    const months = settings.passportValidMonths;
    out.push(reminderOf({
      kind: 'passportBeforeTrip', register: 'delegation', id: r.id, title: r.title, due: r.departDate,
      detail: r.passportExpiry
        ? { zh: `${r.name}的护照 ${r.passportExpiry} 到期，不足回国后 ${months} 个月`, en: `${r.name}'s passport expires ${r.passportExpiry}, less than ${months} months after return` }
        : { zh: `${r.name}的护照有效期未登记`, en: `${r.name}'s passport expiry is not on record` },
    }, today, settings));
  }

  const passportsDue = ctx.sqlite
    .prepare(
      `SELECT "id", "title", "returnDate" FROM "delegation"
        WHERE "deleted" = 0 AND "direction" = 'outbound' AND "status" IN ${backHome} AND "passportReturnedDate" IS NULL
          AND "returnDate" IS NOT NULL AND "returnDate" < ? ORDER BY "returnDate"`,
    )
    .all(today) as TripRow[];
  out.push(...afterReturn(passportsDue, 'passportNotReturned', settings.passportReturnDays, today, settings, (back, due) => ({
    zh: `${back} 回国，护照须在 ${due} 前交回`,
    en: `Back on ${back}; passports are due back by ${due}`,
  })));

  const reportsDue = ctx.sqlite
    .prepare(
      `SELECT "id", "title", "returnDate" FROM "delegation"
        WHERE "deleted" = 0 AND "status" IN ('travelling', 'returned') AND "reportFiledDate" IS NULL
          AND "returnDate" IS NOT NULL AND "returnDate" < ? ORDER BY "returnDate"`,
    )
    .all(today) as TripRow[];
  out.push(...afterReturn(reportsDue, 'tripReportOverdue', settings.tripReportDays, today, settings, (back, due) => ({
    zh: `${back} 结束行程，报告须在 ${due} 前归档`,
    en: `Ended on ${back}; the report is due by ${due}`,
  })));
  return out;
}

/** Something due a number of days after each trip's return. */
function afterReturn(
  trips: TripRow[],
  kind: Reminder['kind'],
  days: number,
  today: string,
  settings: ReminderSettings,
  detail: (back: string, due: string) => Localized,
): Reminder[] {
  return trips.map((r) => {
    const due = addDays(r.returnDate, days);
    return reminderOf({ kind, register: 'delegation', id: r.id, title: r.title, due, detail: detail(r.returnDate, due) }, today, settings);
  });
}

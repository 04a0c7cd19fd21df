import type { ReminderSettings } from '../../contract';
import { daysBetweenInclusive } from '../../core/delegation/itinerary';
import { addDays } from '../../core/expiry';
import type { ServiceContext } from '../context';
import { reminderOf } from './reminderOf';

/** Agreements in force that expire within the widest window the office set (90 days by default). */
export function agreementReminders(ctx: ServiceContext, today: string, settings: ReminderSettings) {
  const widest = Math.max(...settings.agreementExpiryDays);
  const rows = ctx.sqlite
    .prepare(
      `SELECT "id", "title", "expiryDate" FROM "agreement"
        WHERE "deleted" = 0 AND "status" = 'active' AND "expiryDate" BETWEEN ? AND ? ORDER BY "expiryDate"`,
    )
    .all(addDays(today, -365), addDays(today, widest)) as { id: string; title: string; expiryDate: string }[];
  const windows = [...settings.agreementExpiryDays].sort((a, b) => a - b);
  return rows.map((r) => {
    const left = daysBetweenInclusive(today, r.expiryDate) - 1;
    // The narrowest of the office's windows it has entered: "within 30 days" rather than "within 90".
    const within = windows.find((w) => left <= w) ?? widest;
    return reminderOf(
      {
        kind: 'agreementExpiring',
        register: 'agreement',
        id: r.id,
        title: r.title,
        due: r.expiryDate,
        detail:
          r.expiryDate < today
            ? {
                zh: `已于 ${r.expiryDate} 到期，状态仍为“有效”：续签或改为已到期`,
                en: `Lapsed on ${r.expiryDate} but still marked active: renew it or mark it expired`,
              }
            : {
                zh: `${within} 天内到期（${r.expiryDate}）：考虑续签`,
                en: `Expires within ${within} days (${r.expiryDate}): consider renewing`,
              },
      },
      today,
      settings,
    );
  });
}

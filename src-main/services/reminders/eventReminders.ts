import type { Reminder, ReminderSettings } from '../../contract';
import { addDays } from '../../core/expiry';
import type { ServiceContext } from '../context';
import { reminderOf } from './reminderOf';
import { ruleDeadlines } from './ruleDeadlines';

/**
 * Conferences over without their summary, and foreign experts' permits: expiring, or not yet issued after
 * entry (by the residence-permit rule in force on the entry date, else the setting).
 */
export function eventReminders(ctx: ServiceContext, today: string, settings: ReminderSettings): Reminder[] {
  const out: Reminder[] = [];
  const rules = ruleDeadlines(ctx);
  const summaries = ctx.sqlite
    .prepare(
      `SELECT "id", "title", "endDate" FROM "conference"
        WHERE "deleted" = 0 AND "status" IN ('approved', 'held') AND "summaryDate" IS NULL AND "endDate" < ? ORDER BY "endDate"`,
    )
    .all(today) as { id: string; title: string; endDate: string }[];
  for (const c of summaries) {
    const due = addDays(c.endDate, settings.conferenceSummaryDays);
    out.push(
      reminderOf(
        {
          kind: 'conferenceSummaryOverdue',
          register: 'conference',
          id: c.id,
          title: c.title,
          due,
          detail: { zh: `${c.endDate} 闭幕，会议总结须在 ${due} 前提交`, en: `Ended on ${c.endDate}; the summary is due by ${due}` },
        },
        today,
        settings,
      ),
    );
  }

  const inChina = `("status" IN ('arrived', 'inPost'))`;
  const permits = ctx.sqlite
    .prepare(
      `SELECT "id", "title", 'work' AS permit, "workPermitExpiry" AS expiry FROM "expert"
        WHERE "deleted" = 0 AND ${inChina} AND "workPermitExpiry" <= ?
       UNION ALL
       SELECT "id", "title", 'residence', "residencePermitExpiry" FROM "expert"
        WHERE "deleted" = 0 AND ${inChina} AND "residencePermitExpiry" <= ?`,
    )
    .all(addDays(today, settings.permitExpiryDays), addDays(today, settings.permitExpiryDays)) as {
    id: string;
    title: string;
    permit: 'work' | 'residence';
    expiry: string;
  }[];
  for (const p of permits) {
    const [zh, en] = p.permit === 'work' ? ['工作许可', 'work permit'] : ['居留许可', 'residence permit'];
    out.push(
      reminderOf(
        {
          kind: 'permitExpiring',
          register: 'expert',
          id: p.id,
          title: p.title,
          due: p.expiry,
          detail: { zh: `${zh}于 ${p.expiry} 到期：及时办理延期`, en: `The ${en} expires on ${p.expiry}: renew it in time` },
        },
        today,
        settings,
      ),
    );
  }

  const unregistered = ctx.sqlite
    .prepare(
      `SELECT "id", "title", "entryDate" FROM "expert"
        WHERE "deleted" = 0 AND ${inChina} AND "entryDate" IS NOT NULL AND "residencePermitNumber" IS NULL AND "residencePermitIssued" IS NULL ORDER BY "entryDate"`,
    )
    .all() as { id: string; title: string; entryDate: string }[];
  for (const e of unregistered) {
    const due = addDays(e.entryDate, rules.param('expert.residencePermit', e.entryDate, 'days') ?? settings.residencePermitDays);
    out.push(
      reminderOf(
        {
          kind: 'residencePermitDue',
          register: 'expert',
          id: e.id,
          title: e.title,
          due,
          detail: {
            zh: `${e.entryDate} 入境，须在 ${due} 前办妥居留许可`,
            en: `Entered on ${e.entryDate}; the residence permit is due by ${due}`,
          },
        },
        today,
        settings,
      ),
    );
  }
  return out;
}

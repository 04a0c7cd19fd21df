import type { Reminder, ReminderSettings } from '../../contract';
import type { ServiceContext } from '../context';
import { calendarYears, tripsWithoutCalendar } from '../holidaySchedule';
import { reminderOf } from './reminderOf';

/** The State Council publishes next year's holidays in the autumn; from this day on the office is asked for them. */
const askFrom = '11-01';

/**
 * Next year's working-day calendar, from 1 November until it is entered (and this year's, while it is
 * missing): without it no public notice or report deadline in that year can be counted, and "cannot check"
 * blocks every approval. Due on 1 January, when the first trips stop.
 */
export function calendarReminders(ctx: ServiceContext, today: string, settings: ReminderSettings): Reminder[] {
  const year = Number(today.slice(0, 4));
  const held = calendarYears(ctx);
  const wanted = today.slice(5) >= askFrom ? [year, year + 1] : [year];
  return wanted
    .filter((y) => !held.has(y))
    .map((y) => {
      const trips = tripsWithoutCalendar(ctx, y);
      const blocked = trips
        ? { zh: `，已有 ${trips} 个出访团组因此无法检查`, en: `; ${trips} trip(s) cannot be checked for want of it` }
        : { zh: '', en: '' };
      return reminderOf(
        {
          kind: 'holidayCalendarMissing',
          register: 'holidayCalendar',
          id: '',
          title: `${y}年节假日安排`,
          due: `${y}-01-01`,
          detail: {
            zh: `请按国务院办公厅通知录入 ${y} 年的放假和调休安排：没有它，${y} 年的公示期和报告期限无法计算，出访审批将被阻止${blocked.zh}`,
            en: `Enter the State Council's ${y} holidays and make-up working days: without them no notice period or report deadline in ${y} can be counted, and trip approvals stop${blocked.en}`,
          },
        },
        today,
        settings,
      );
    });
}

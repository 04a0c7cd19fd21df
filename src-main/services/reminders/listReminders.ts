import type { Reminder, ReminderList } from '../../contract';
import { localDate } from '../../ports/clock';
import type { ServiceContext } from '../context';
import { getSettings } from '../settings';
import { agreementReminders } from './agreementReminders';
import { calendarReminders } from './calendarReminders';
import { checklistReminders } from './checklistReminders';
import { eventReminders } from './eventReminders';
import { tripReminders } from './tripReminders';

const defaultLimit = 500;

/** Every reminder as of `today`, the most pressing first, under the office's deadlines. */
export const allReminders = (ctx: ServiceContext, today: string): Reminder[] => {
  const settings = getSettings(ctx).reminders;
  return [agreementReminders, tripReminders, checklistReminders, eventReminders, calendarReminders]
    .flatMap((kind) => kind(ctx, today, settings))
    .sort((a, b) => a.days - b.days || a.title.localeCompare(b.title));
};

/** Everything that needs action, counted, and the most pressing first. */
export function listReminders(ctx: ServiceContext, input: { limit?: number } = {}): ReminderList {
  const today = localDate(ctx.clock.now());
  const reminders = allReminders(ctx, today);
  const byKind: ReminderList['byKind'] = {};
  for (const r of reminders) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
  return {
    asOf: today,
    total: reminders.length,
    pressing: reminders.filter((r) => r.urgency !== 'upcoming').length,
    byKind,
    reminders: reminders.slice(0, input.limit ?? defaultLimit),
  };
}

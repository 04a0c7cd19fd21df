import type { ReminderList } from '../../contract';
import { localDate } from '../../ports/clock';
import type { ServiceContext } from '../context';
import { getSettings } from '../settings';
import { agreementReminders } from './agreementReminders';
import { checklistReminders } from './checklistReminders';
import { eventReminders } from './eventReminders';
import { tripReminders } from './tripReminders';

/** Everything that needs action, most pressing first, under the office's deadlines. */
export function listReminders(ctx: ServiceContext): ReminderList {
  const today = localDate(ctx.clock.now());
  const settings = getSettings(ctx).reminders;
  const reminders = [agreementReminders, tripReminders, checklistReminders, eventReminders]
    .flatMap((kind) => kind(ctx, today, settings))
    .sort((a, b) => a.days - b.days || a.title.localeCompare(b.title));
  return { asOf: today, reminders };
}

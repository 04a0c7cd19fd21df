import type { Localized, Reminder, ReminderKind, ReminderSettings } from '../../contract';
import { daysBetweenInclusive } from '../../core/delegation/itinerary';

export interface ReminderInput {
  kind: ReminderKind;
  register: string;
  id: string;
  title: string;
  due: string;
  detail: Localized;
}

/** Days from `today` to `due` (negative when past), and how pressing that is. */
export function reminderOf(input: ReminderInput, today: string, settings: ReminderSettings): Reminder {
  const days = daysBetweenInclusive(today, input.due) - 1;
  const urgency = days < 0 ? 'overdue' : days <= settings.soonDays ? 'soon' : 'upcoming';
  return { ...input, days, urgency };
}

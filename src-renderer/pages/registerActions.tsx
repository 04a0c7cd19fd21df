import type { ComponentType } from 'react';
import { CalendarEntry } from './calendar/CalendarEntry';

/**
 * What a register's page offers beside its list's spreadsheet buttons, for those who may write it: the
 * holiday calendar is entered a year at a time, as the State Council's notice states it.
 */
export const registerActions: Partial<Record<string, ComponentType>> = {
  holidayCalendar: CalendarEntry,
};

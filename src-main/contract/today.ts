import type { Localized } from './localized';
import type { Reminder } from './reminders';

/** A record the today page links to, with the day that puts it there. */
export interface TodayEntry {
  register: string;
  id: string;
  title: string;
  /** The day it leaves, returns, was submitted or was due. */
  date: string | null;
  /** The record's status value (its label comes from the register). */
  status: string | null;
  detail: Localized | null;
}

/**
 * A clerk's day on this installation: what falls due or happens in the seven days from today, and what waits
 * or is late, all within the installation's departments (every department at the office).
 */
export interface TodayOverview {
  asOf: string;
  /** The last day of the week shown: today and the six days after it. */
  weekEnd: string;
  /** The departments shown; null at the office and for review (all of them). */
  departments: string[] | null;
  remindersThisWeek: Reminder[];
  /** Reminders already past their date, beyond the sections below (the reminders page lists them). */
  overdueReminders: number;
  leaving: TodayEntry[];
  returning: TodayEntry[];
  approvalsWaiting: TodayEntry[];
  passportsToReturn: Reminder[];
  reportsOverdue: Reminder[];
  /** Working-day calendars the office has yet to enter: next year's from 1 November, this year's while missing. */
  calendarsMissing: Reminder[];
}

import { z } from 'zod';
import type { Localized } from './localized';

/** What needs doing, by kind; each kind reads its deadline from ReminderSettings. */
export type ReminderKind =
  | 'agreementExpiring'
  | 'passportBeforeTrip'
  | 'passportNotReturned'
  | 'tripReportOverdue'
  | 'disclosureDue'
  | 'checklistItemOverdue'
  | 'conferenceSummaryOverdue'
  | 'permitExpiring'
  | 'residencePermitDue'
  | 'holidayCalendarMissing';

export interface Reminder {
  kind: ReminderKind;
  register: string;
  id: string;
  title: string;
  /** The date by which it must be done (or the date it lapses). */
  due: string;
  /** Days from today to `due`; negative when overdue. */
  days: number;
  urgency: 'overdue' | 'soon' | 'upcoming';
  detail: Localized;
}

/** The registers whose records raise or clear reminders: an edit elsewhere cannot change the list. */
export const reminderRegisters = ['agreement', 'delegation', 'person', 'conference', 'expert', 'holidayCalendar'];

export const reminderListInputSchema = z.object({ limit: z.number().int().min(0).max(2000).optional() }).strict();

/**
 * The counts of everything that needs action, and the most pressing `limit` reminders themselves (the
 * navigation badge asks for none, the page for a screenful).
 */
export interface ReminderList {
  asOf: string;
  total: number;
  /** Overdue or due soon. */
  pressing: number;
  byKind: Partial<Record<ReminderKind, number>>;
  reminders: Reminder[];
}

/** The office's deadlines (rules.md: remind 90/60/30 days before expiry, passports back within 7 days...). */
export const reminderSettingsSchema = z
  .object({
    /** Days before an agreement expires at which it is shown, widest first. */
    agreementExpiryDays: z.array(z.number().int().min(1).max(730)).min(1).max(5),
    /** A passport must be valid this many months beyond the trip's return. */
    passportValidMonths: z.number().int().min(0).max(24),
    /** Days after return by which passports go back to the office. */
    passportReturnDays: z.number().int().min(1).max(90),
    /** Days after return by which the trip report is filed. */
    tripReportDays: z.number().int().min(1).max(180),
    /** Days before a deadline at which a reminder counts as "soon". */
    soonDays: z.number().int().min(1).max(90),
    /** Days after a conference ends by which its summary is submitted. */
    conferenceSummaryDays: z.number().int().min(1).max(180),
    /** Days before a work or residence permit expires at which it is shown. */
    permitExpiryDays: z.number().int().min(1).max(365),
    /** Days after entry by which a foreign expert holds a residence permit. */
    residencePermitDays: z.number().int().min(1).max(90),
    /** A partner with nothing happening for this many years is flagged dormant. */
    partnerDormantYears: z.number().int().min(1).max(20),
  })
  .strict();
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const defaultReminderSettings: ReminderSettings = {
  agreementExpiryDays: [90, 60, 30],
  passportValidMonths: 6,
  passportReturnDays: 7,
  tripReportDays: 30,
  soonDays: 14,
  partnerDormantYears: 3,
  conferenceSummaryDays: 60,
  permitExpiryDays: 60,
  residencePermitDays: 30,
};

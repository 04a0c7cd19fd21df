import { z } from 'zod';
import type { RecordDto } from './records';

const day = z.string().max(10);
const name = z.string().max(50);

/**
 * A year's schedule as the State Council General Office's notice states it: the days off of each holiday as a
 * range, the weekend days worked instead (调休上班), and the notice's number and date.
 */
export const holidayScheduleSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    noticeNumber: z.string().max(100),
    noticeDate: day,
    source: z.string().max(300).optional(),
    holidays: z.array(z.object({ name, from: day, to: day }).strict()).max(40),
    workdays: z.array(z.object({ date: day, name }).strict()).max(40),
  })
  .strict();

export type HolidayScheduleInput = z.infer<typeof holidayScheduleSchema>;

export const holidayScheduleYearSchema = z.object({ year: z.number().int().min(2000).max(2100) }).strict();

/** A year's schedule as entered, read back from its record (or empty when the year has none). */
export interface HolidayScheduleDto extends HolidayScheduleInput {
  /** The year's record, when there is one. */
  recordId: string | null;
}

/** A schedule saved: its record, and the trips checked again because of it. */
export interface HolidayScheduleSaved {
  record: RecordDto;
  /** Trips that could not be checked for want of this year's calendar before the save, and those still not checkable. */
  uncheckedBefore: number;
  uncheckedAfter: number;
}

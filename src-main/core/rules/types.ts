import type { FieldValue, Localized, RuleFinding } from '../../contract';
import type { WorkCalendar } from './calendar';

export type Severity = 'block' | 'warning';

/** What a rule applies to; the values match the checklist templates' subject kinds. */
export type RuleSubject = 'outboundDelegation' | 'inboundDelegation' | 'conference' | 'expert';

/** One version of a rule as the office keeps it in the rule register. */
export interface RuleVersion {
  /** The rule record's id and its version (HLC) together name the version a verdict was reached under. */
  recordId: string;
  version: string;
  ruleId: string;
  title: Localized;
  params: Record<string, string>;
  source: string;
  severity: Severity;
  exemptAcademic: boolean;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** A rule broken, or a rule that could not be checked because data it needs is missing (never "passed"). */
export interface Breach {
  kind: 'breach' | 'cannotCheck';
  found: Localized;
  allowed: Localized;
  /** Not checkable for want of this year's working-day calendar. */
  calendarYear?: number;
}

export type Finding = RuleFinding;

export type Values = Record<string, FieldValue>;

/** A delegation member as the trip rules need them, read from the people register. */
export interface TripMember {
  name: string;
  department: string | null;
  leadership: boolean;
  passportExpiry: string | null;
}

/** The record a check reads, with what it refers to that matters (a delegation's members). */
export interface Subject {
  values: Values;
  members: TripMember[];
}

export interface CheckEnv {
  today: string;
  calendar: WorkCalendar;
}

/** Parsed parameters: numbers, or lists (country codes, words). */
export type Params = Record<string, number | string[]>;

export const loc = (zh: string, en: string): Localized => ({ zh, en });
export const breach = (found: Localized, allowed: Localized): Breach => ({ kind: 'breach', found, allowed });
/** "cannot check: missing X" — the rule is neither passed nor failed until X is entered. */
export const cannotCheck = (missing: Localized, allowed: Localized): Breach => ({
  kind: 'cannotCheck',
  found: loc(`无法检查：缺少${missing.zh}`, `cannot check: missing ${missing.en}`),
  allowed,
});
export const noCalendar = (year: number, allowed: Localized): Breach => ({
  kind: 'cannotCheck',
  found: loc(`无法检查：没有 ${year} 年的工作日日历`, `cannot check: no working-day calendar for ${year}`),
  allowed,
  calendarYear: year,
});

import type { Localized } from './localized';

/**
 * What a foreign-affairs rule found about a record: broken, or not checkable for missing data (never
 * "passed"). Named by the rule version it was reached under, with its source and how to resolve it.
 */
export interface RuleFinding {
  ruleId: string;
  /** The rule record and its version (HLC): the version the verdict was reached under. */
  ruleRecord: string;
  ruleVersion: string;
  title: Localized;
  severity: 'block' | 'warning';
  /** The status from which a blocking finding refuses a move (approved, under way...). */
  stage: string;
  kind: 'breach' | 'cannotCheck';
  found: Localized;
  allowed: Localized;
  source: string;
  resolution: Localized;
  /** A written justification the office approved: shown, but no longer blocking. */
  justified: boolean;
  /** A check that could not be made for want of this year's working-day calendar (the State Council's notice not yet entered). */
  calendarYear?: number;
}

/** A list row's findings in brief: those that block a status move, and the rest. */
export interface RuleFindingSummary {
  blocking: number;
  other: number;
  /** Each finding's title, blocking ones first, for the badge's tooltip. */
  titles: { title: Localized; blocking: boolean }[];
}

import { parseParams, ruleKindById } from '../../core/rules/catalog';
import type { WorkCalendar } from '../../core/rules/calendar';
import { versionInForce } from '../../core/rules/evaluate';
import type { ServiceContext } from '../context';
import { ruleVersions, workCalendar } from '../ruleChecks';

export interface RuleDeadlines {
  /** A number parameter of the rule version in force on `date`, if one is (and parses). */
  param(ruleId: string, date: string, key: string): number | undefined;
  calendar: WorkCalendar;
}

/**
 * Where a reminder's deadline is also a rule (passports back, the report, the residence permit, passport
 * validity), the rule version in force on the subject's date sets it; the reminder settings cover records
 * no version applies to.
 */
export function ruleDeadlines(ctx: ServiceContext): RuleDeadlines {
  const versions = ruleVersions(ctx);
  return {
    calendar: workCalendar(ctx),
    param(ruleId, date, key) {
      const version = versionInForce(versions, ruleId, date);
      const kind = ruleKindById.get(ruleId);
      if (!version || !kind) return undefined;
      const value = parseParams(kind, version.params).params[key];
      return typeof value === 'number' ? value : undefined;
    },
  };
}

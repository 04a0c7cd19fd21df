import { parseParams, ruleKindById } from '../../core/rules/catalog';
import type { WorkCalendar } from '../../core/rules/calendar';
import { versionInForce } from '../../core/rules/evaluate';
import type { Params } from '../../core/rules/types';
import type { ServiceContext } from '../context';
import { ruleVersions, workCalendar } from '../ruleChecks';

export interface RuleDeadlines {
  /** A number parameter of the rule version in force on `date`, if one is (and parses). */
  param(ruleId: string, date: string, key: string): number | undefined;
  /** Every parameter of the rule version in force on `date`, if one is and all of them parse. */
  params(ruleId: string, date: string): Params | undefined;
  calendar: WorkCalendar;
}

/**
 * Where a reminder's deadline is also a rule (passports back, the report, the residence permit, passport
 * validity), the rule version in force on the subject's date sets it; the reminder settings cover records
 * no version applies to.
 */
export function ruleDeadlines(ctx: ServiceContext): RuleDeadlines {
  const versions = ruleVersions(ctx);
  const parsed = (ruleId: string, date: string) => {
    const version = versionInForce(versions, ruleId, date);
    const kind = ruleKindById.get(ruleId);
    return version && kind ? parseParams(kind, version.params) : undefined;
  };
  return {
    calendar: workCalendar(ctx),
    param(ruleId, date, key) {
      const value = parsed(ruleId, date)?.params[key];
      return typeof value === 'number' ? value : undefined;
    },
    params(ruleId, date) {
      const found = parsed(ruleId, date);
      return found && !found.problems.length ? found.params : undefined;
    },
  };
}

import type { FieldIssue, InstallationDto, RegisterDef } from '../../contract';
import type { ServiceContext } from '../context';
import { checklistIntegrity } from '../checklists';
import { recordRules } from '../recordRules';
import { checkReferences, type LiveRecord } from '../referenceChecks';
import { isRuleSubject, ruleGate, subjectFindings } from '../ruleChecks';
import { rulesKeptIssues } from './approvedStaysTrue';
import type { Values } from './proposal';

export interface RecordChecks {
  /** Refusals. */
  issues: FieldIssue[];
  /** Warnings a person confirms (each with its code). */
  warnings: FieldIssue[];
}

/**
 * The one gate, its second part: the checks that read other records — references to live records, a checklist
 * the office set kept whole, each register's cross-record rules (budgets, plans, overlapping stays), and the
 * foreign-affairs rules on a status move or on a record already approved. They run wherever every record they read
 * is held: at each local write and, for arriving changes, at the office, which admits a laptop's change before it
 * relays it. The first issue found stops the rest, as a form shows the first thing to fix.
 */
export function checkAgainstRecords(
  ctx: ServiceContext,
  def: RegisterDef,
  id: string,
  values: Values,
  previous: Values | undefined,
  o: { author: InstallationDto; today: string; isLive?: LiveRecord },
): RecordChecks {
  const issues = checkReferences(ctx, def, values, id, o.author, previous, o.isLive);
  if (issues.length === 0) issues.push(...checklistIntegrity(ctx, def, values, previous, o.today, o.author));
  const own = issues.length === 0 ? recordRules[def.name]?.(ctx, values, id) : undefined;
  if (own) issues.push(...own.issues);
  if (issues.length === 0 && isRuleSubject(def.name)) {
    const findings = subjectFindings(ctx, def.name, values);
    issues.push(...ruleGate(def, findings, values, previous));
    if (issues.length === 0)
      issues.push(...rulesKeptIssues(def, values, previous, (v) => (v === values ? findings : subjectFindings(ctx, def.name, v))));
  }
  return { issues, warnings: own?.warnings ?? [] };
}

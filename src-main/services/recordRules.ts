import type { FieldIssue, FieldValue, RegisterName } from '../contract';
import { allocationRules, expenseRules } from './budgetRules';
import { conferenceRules, expertRules, mobilityRules, programRules } from './consistencyRules';
import type { ServiceContext } from './context';
import { overlappingStays } from './overlappingStays';
import { annualPlanRules, planLinkedRegisters, planLinkRules } from './planRules';
import { departmentEvaluationRules } from './targets/evaluationRules';
import { travelStandardRules } from './travelStandardRules';
import { ruleRules } from './ruleChecks';

type Values = Record<string, FieldValue>;

export interface RuleFindings {
  /** Refusals: nothing is written. */
  issues: FieldIssue[];
  /** Warnings the office may confirm (each carries its `warning` code). */
  warnings: FieldIssue[];
}

/** A rule that only refuses returns its issues; one that may warn returns both. */
type Rule = (ctx: ServiceContext, values: Values, id: string) => RuleFindings | FieldIssue[];

const ownRules: Partial<Record<RegisterName, Rule[]>> = {
  allocation: [allocationRules],
  expense: [expenseRules],
  program: [programRules],
  mobility: [mobilityRules, overlappingStays],
  conference: [conferenceRules],
  expert: [expertRules],
  annualPlan: [annualPlanRules],
  departmentEvaluation: [departmentEvaluationRules],
  travelStandard: [travelStandardRules],
  rule: [ruleRules],
};

/** Each register's own rules, and for a record that can carry out an annual plan line, the link's. */
const rulesByRegister = new Map<string, Rule[]>(Object.entries(ownRules));
for (const def of planLinkedRegisters()) rulesByRegister.set(def.name, [...(rulesByRegister.get(def.name) ?? []), planLinkRules(def)]);

function findings(rules: Rule[], ctx: ServiceContext, values: Values, id: string): RuleFindings {
  const found = rules.map((rule) => rule(ctx, values, id)).map((f) => (Array.isArray(f) ? { issues: f, warnings: [] } : f));
  return { issues: found.flatMap((f) => f.issues), warnings: found.flatMap((f) => f.warnings) };
}

/** Rules that read other records, per register, run after a record's own checks pass. */
export const recordRules: Record<string, (ctx: ServiceContext, values: Values, id: string) => RuleFindings> = Object.fromEntries(
  [...rulesByRegister].map(([name, rules]) => [
    name,
    (ctx: ServiceContext, values: Values, id: string) => findings(rules, ctx, values, id),
  ]),
);

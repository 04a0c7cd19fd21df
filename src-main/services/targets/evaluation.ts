import {
  AppError,
  type AdjustEvaluationInput,
  type DepartmentEvaluation,
  type EvaluationInput,
  type EvaluationSuggestion,
  type EvaluationTable,
} from '../../contract';
import { suggestFunding } from '../../core/targets/suggestion';
import type { ChangeWriter } from '../changeWriter';
import type { ServiceContext } from '../context';
import { planCompletion } from '../planCompletion';
import { deleteRecord, putRecord } from '../recordCommands';
import { liveDepartmentCodes } from '../departmentNames';
import { departmentResults } from './departmentResults';
import { rows } from './metric';
import { choosePlan, livePlans } from './plans';

interface Adjustment {
  id: string;
  head: string;
  evaluatedDepartment: string;
  suggestion: EvaluationSuggestion;
  note: string | null;
}

const adjustmentsOf = (ctx: ServiceContext, year: number) =>
  new Map(
    rows<Adjustment>(
      ctx,
      `SELECT "id", "head", "evaluatedDepartment", "suggestion", "note" FROM "departmentEvaluation" WHERE "deleted" = 0 AND "year" = ?`,
      year,
    ).map((a) => [a.evaluatedDepartment, a]),
  );

/**
 * The annual meeting's table: per department, its annual plan's completion (annualPlans.completion), the
 * year's results by register, the plan targets it answers for, the funding suggestion by the plan's rule,
 * and the office's adjustment when it made one.
 */
export function evaluation(ctx: ServiceContext, input: EvaluationInput): EvaluationTable {
  const year = input.year;
  const completion = new Map(planCompletion(ctx, { year }).plans.map((p) => [p.department, p]));
  const results = departmentResults(ctx, year);
  const chosen = choosePlan(livePlans(ctx), { plan: input.plan, year: input.plan ? undefined : year }, year);
  const targets = chosen.plan
    ? rows<{ code: string; responsibleDepartments: string | null }>(
        ctx,
        `SELECT "code", "responsibleDepartments" FROM "planTarget" WHERE "deleted" = 0 AND "plan" = ? ORDER BY "number"`,
        chosen.plan.id,
      )
    : [];
  const adjustments = adjustmentsOf(ctx, year);
  const departments = rows<{ code: string }>(ctx, `SELECT "code" FROM "department" WHERE "deleted" = 0 ORDER BY "kind", "code"`).map(
    (d) => d.code,
  );
  return {
    asOf: new Date(ctx.clock.now()).toISOString(),
    year,
    departments: departments.map((department): DepartmentEvaluation => {
      const plan = completion.get(department);
      const own = results.get(department) ?? [];
      const total = own.reduce((n, r) => n + r.count, 0);
      const { suggestion, reason } = suggestFunding(plan ? plan.plannedCount : null, plan?.doneCount ?? 0, total);
      const adjustment = adjustments.get(department);
      return {
        department,
        year,
        plannedCount: plan?.plannedCount ?? 0,
        doneCount: plan?.doneCount ?? 0,
        completion: plan ? (plan.plannedCount > 0 ? plan.doneCount / plan.plannedCount : 1) : null,
        results: own,
        responsibleTargets: targets
          .filter((t) => (t.responsibleDepartments ? (JSON.parse(t.responsibleDepartments) as string[]) : []).includes(department))
          .map((t) => t.code),
        suggestion,
        suggestionReason: reason,
        adjustedSuggestion: adjustment?.suggestion ?? null,
        adjustmentNote: adjustment?.note ?? '',
      };
    }),
  };
}

/**
 * The office's call on one department for a year, kept as a departmentEvaluation record (so it syncs and
 * has history); a null suggestion withdraws it. Written through the record commands: office-only, validated.
 */
export function adjustEvaluation(ctx: ServiceContext, writer: ChangeWriter, input: AdjustEvaluationInput): DepartmentEvaluation {
  if (!liveDepartmentCodes(ctx).has(input.department)) {
    throw new AppError(
      'VALIDATION',
      { zh: `没有代码为“${input.department}”的部门`, en: `No department with the code "${input.department}"` },
      [{ field: 'department', message: { zh: '未知部门', en: 'Unknown department' } }],
    );
  }
  const existing = adjustmentsOf(ctx, input.year).get(input.department);
  if (input.suggestion === null) {
    if (existing) deleteRecord(ctx, writer, { register: 'departmentEvaluation', id: existing.id });
  } else {
    putRecord(ctx, writer, {
      register: 'departmentEvaluation',
      ...(existing ? { id: existing.id, baseHead: existing.head } : {}),
      values: { year: input.year, evaluatedDepartment: input.department, suggestion: input.suggestion, note: input.note?.trim() || null },
    });
  }
  return evaluation(ctx, { year: input.year }).departments.find((d) => d.department === input.department)!;
}

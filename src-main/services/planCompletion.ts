import type { PlanCompletion, PlanLineCompletion, PlansCompletion, TableRow } from '../contract';
import type { ServiceContext } from './context';
import { linkedRecords } from './planRules';

interface PlanRow {
  id: string;
  title: string;
  department: string;
  lines: string | null;
}

/** What a plan's lines got done: records linked to each, and the money allocated to each. */
function completionOf(ctx: ServiceContext, plan: PlanRow): PlanCompletion {
  const done = new Map<string, number>();
  for (const l of linkedRecords(ctx, plan.id, true)) {
    if (l.def.name !== 'allocation') done.set(l.key, (done.get(l.key) ?? 0) + l.count);
  }
  const allocated = new Map(
    (
      ctx.sqlite
        .prepare(
          'SELECT "planLine" AS key, sum("current") AS amount FROM "allocation" WHERE "annualPlan" = ? AND "deleted" = 0 GROUP BY "planLine"',
        )
        .all(plan.id) as { key: string; amount: number }[]
    ).map((r) => [r.key, r.amount]),
  );
  const lines: PlanLineCompletion[] = ((plan.lines ? JSON.parse(plan.lines) : []) as TableRow[]).map((row) => {
    const key = String(row.key);
    return {
      key,
      kind: String(row.kind),
      description: String(row.description ?? ''),
      plannedCount: Number(row.plannedCount ?? 0),
      done: done.get(key) ?? 0,
      budget: typeof row.budget === 'number' ? row.budget : null,
      allocated: allocated.get(key) ?? 0,
    };
  });
  return {
    annualPlan: plan.id,
    title: plan.title,
    department: plan.department,
    lines,
    plannedCount: lines.reduce((n, l) => n + l.plannedCount, 0),
    doneCount: lines.reduce((n, l) => n + Math.min(l.done, l.plannedCount), 0),
    budget: lines.reduce((n, l) => n + (l.budget ?? 0), 0),
    allocated: lines.reduce((n, l) => n + l.allocated, 0),
  };
}

/**
 * Completion of the departments' annual plans for a year (or one department's): per line, the live records
 * that carry it out against the planned count, cancelled ones left out; per plan, the totals the office
 * reviews at the annual meeting (more funds for plans done, cuts for those not).
 */
export function planCompletion(ctx: ServiceContext, input: { year: number; department?: string }): PlansCompletion {
  const plans = ctx.sqlite
    .prepare(
      `SELECT "id", "title", "department", "lines" FROM "annualPlan"
       WHERE "deleted" = 0 AND "year" = ? AND (? IS NULL OR "department" = ?) ORDER BY "department"`,
    )
    .all(input.year, input.department ?? null, input.department ?? null) as PlanRow[];
  return { year: input.year, plans: plans.map((plan) => completionOf(ctx, plan)) };
}

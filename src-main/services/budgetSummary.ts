import type { AllocationSummary, BudgetLine, BudgetState, BudgetSummary, DepartmentBudget, FundSummary } from '../contract';
import { localDate } from '../ports/clock';
import type { ServiceContext } from './context';

export const nearLimitShare = 0.9;

const stateOf = (available: number, used: number): BudgetState =>
  used > available ? 'over' : available > 0 && used >= available * nearLimitShare ? 'nearLimit' : 'ok';

function line(available: number, spent: number, committed: number): BudgetLine {
  return { available, spent, committed, remaining: available - spent - committed, state: stateOf(available, spent + committed) };
}

const add = (a: BudgetLine, b: BudgetLine) => line(a.available + b.available, a.spent + b.spent, a.committed + b.committed);

/**
 * Budget against spending for one fiscal year, in fen, from the live records: each allocation's current
 * amount against the CNY amounts charged to it (actual = spent, planned = committed), rolled up by fund and
 * by department. Sums are exact integers, so every level reconciles with the one below.
 */
export function budgetSummary(ctx: ServiceContext, input: { fiscalYear?: number }): BudgetSummary {
  const fiscalYear = input.fiscalYear ?? Number(localDate(ctx.clock.now()).slice(0, 4));
  const funds = ctx.sqlite
    .prepare('SELECT "id", "name", "kind", "department", "total" FROM "fund" WHERE "deleted" = 0 AND "fiscalYear" = ? ORDER BY "name"')
    .all(fiscalYear) as { id: string; name: string; kind: string; department: string; total: number }[];
  const allocationRows = ctx.sqlite
    .prepare(
      `SELECT a."id", a."title", a."fund", a."department", a."current",
              coalesce(sum(CASE WHEN e."stage" = 'actual' THEN e."cnyAmount" END), 0) AS spent,
              coalesce(sum(CASE WHEN e."stage" = 'planned' THEN e."cnyAmount" END), 0) AS committed
         FROM "allocation" a
         JOIN "fund" f ON f."id" = a."fund" AND f."deleted" = 0 AND f."fiscalYear" = ?
         LEFT JOIN "expense" e ON e."allocation" = a."id" AND e."deleted" = 0
        WHERE a."deleted" = 0
        GROUP BY a."id"
        ORDER BY a."title"`,
    )
    .all(fiscalYear) as {
    id: string;
    title: string;
    fund: string;
    department: string;
    current: number;
    spent: number;
    committed: number;
  }[];

  const allocations: AllocationSummary[] = allocationRows.map((a) => ({
    id: a.id,
    title: a.title,
    fund: a.fund,
    department: a.department,
    ...line(a.current, a.spent, a.committed),
  }));
  const empty = line(0, 0, 0);
  const fundSummaries: FundSummary[] = funds.map((f) => {
    const sum = allocations.filter((a) => a.fund === f.id).reduce<BudgetLine>(add, empty);
    return { id: f.id, name: f.name, kind: f.kind, department: f.department, total: f.total, unallocated: f.total - sum.available, ...sum };
  });
  const byDepartment = new Map<string, BudgetLine>();
  for (const a of allocations) byDepartment.set(a.department, add(byDepartment.get(a.department) ?? empty, a));
  const departments: DepartmentBudget[] = [...byDepartment.entries()]
    .map(([department, l]) => ({ department, ...l }))
    .sort((a, b) => a.department.localeCompare(b.department));
  const allocated = fundSummaries.reduce<BudgetLine>(add, empty);
  const total = fundSummaries.reduce((n, f) => n + f.total, 0);
  return {
    fiscalYear,
    nearLimitShare,
    funds: fundSummaries,
    allocations,
    departments,
    totals: { ...allocated, total, unallocated: total - allocated.available },
  };
}

import { formatAmount, type FieldIssue, type FieldValue } from '../contract';
import { expenseSubjectRefs } from '../core/budget/money';
import type { ServiceContext } from './context';
import { departmentName } from './departmentNames';
import type { RuleFindings } from './recordRules';

type Values = Record<string, FieldValue>;

const yuan = (fen: number) => formatAmount(fen, 2);

const sumOf = (ctx: ServiceContext, sql: string, ...params: unknown[]): number =>
  (ctx.sqlite.prepare(sql).get(...params) as { n: number | null }).n ?? 0;

/** Allocations of one fund beyond its total need the office's confirmation. */
export function allocationRules(ctx: ServiceContext, values: Values, id: string): RuleFindings {
  const fund = ctx.sqlite.prepare('SELECT "total", "name" FROM "fund" WHERE "id" = ? AND "deleted" = 0').get(values.fund) as
    { total: number; name: string } | undefined;
  if (!fund) return { issues: [], warnings: [] };
  const others = sumOf(
    ctx,
    'SELECT sum("current") AS n FROM "allocation" WHERE "fund" = ? AND "deleted" = 0 AND "id" <> ?',
    values.fund,
    id,
  );
  const allocated = others + Number(values.current ?? 0);
  if (allocated <= fund.total) return { issues: [], warnings: [] };
  return {
    issues: [],
    warnings: [
      {
        field: 'amount',
        warning: 'allocationBeyondFund',
        message: {
          zh: `“${fund.name}”总额 ${yuan(fund.total)} 元，分配合计将达 ${yuan(allocated)} 元，超出 ${yuan(allocated - fund.total)} 元`,
          en: `"${fund.name}" totals CNY ${yuan(fund.total)}; allocations would reach ${yuan(allocated)}, ${yuan(allocated - fund.total)} over`,
        },
      },
    ],
  };
}

/**
 * No spending on a cancelled trip, conference, hire or training, or from another department's allocation;
 * beyond the allocation needs confirmation.
 */
export function expenseRules(ctx: ServiceContext, values: Values, id: string): RuleFindings {
  const issues: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  for (const subject of expenseSubjectRefs) {
    if (!values[subject.field]) continue;
    // Each subject field is named after the register it refers to.
    const target = ctx.sqlite.prepare(`SELECT "status", "title" FROM "${subject.field}" WHERE "id" = ?`).get(values[subject.field]) as
      { status: string; title: string } | undefined;
    if (target?.status === 'cancelled') {
      issues.push({
        field: subject.field,
        message: {
          zh: `${subject.zh}“${target.title}”已取消，不能列支费用`,
          en: `"${target.title}" is cancelled; no expense can be charged to it`,
        },
      });
    }
  }
  const allocation = ctx.sqlite
    .prepare('SELECT "current", "title", "department" FROM "allocation" WHERE "id" = ? AND "deleted" = 0')
    .get(values.allocation) as { current: number; title: string; department: string } | undefined;
  if (allocation && allocation.department !== values.department) {
    const owner = departmentName(ctx, allocation.department);
    const payer = departmentName(ctx, String(values.department));
    issues.push({
      field: 'allocation',
      message: {
        zh: `“${allocation.title}”分配给${owner.zh}，不能列支${payer.zh}的费用`,
        en: `"${allocation.title}" belongs to ${owner.en}; it cannot pay for ${payer.en}`,
      },
    });
  }
  if (allocation && !issues.length) {
    const others = sumOf(
      ctx,
      'SELECT sum("cnyAmount") AS n FROM "expense" WHERE "allocation" = ? AND "deleted" = 0 AND "id" <> ?',
      values.allocation,
      id,
    );
    const used = others + Number(values.cnyAmount ?? 0);
    if (used > allocation.current) {
      warnings.push({
        field: 'amount',
        warning: 'expenseBeyondAllocation',
        message: {
          zh: `“${allocation.title}”现分配额 ${yuan(allocation.current)} 元，已支出和预计合计将达 ${yuan(used)} 元，超出 ${yuan(used - allocation.current)} 元`,
          en: `"${allocation.title}" has CNY ${yuan(allocation.current)}; spent and committed would reach ${yuan(used)}, ${yuan(used - allocation.current)} over`,
        },
      });
    }
  }
  return { issues, warnings };
}

import { budgetSheets } from '../../core/xlsx/budgetSheets';
import { budgetSummary } from '../budgetSummary';
import type { ServiceContext } from '../context';
import { departmentName } from '../departmentNames';
import { workbookBytes } from './workbook';

/** A fiscal year's budget against spending (the budget page) as .xlsx bytes. */
export function exportBudget(ctx: ServiceContext, fiscalYear: number): Buffer {
  const summary = budgetSummary(ctx, { fiscalYear });
  const funds = new Map(summary.funds.map((f) => [f.id, f.name]));
  return workbookBytes(budgetSheets(summary, { department: (code) => departmentName(ctx, code).zh, fund: (id) => funds.get(id) ?? id }));
}

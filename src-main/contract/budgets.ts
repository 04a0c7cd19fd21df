import { z } from 'zod';

export const budgetSummaryInputSchema = z.object({ fiscalYear: z.number().int().min(2000).max(2100).optional() }).strict();

/** How close a line is to its limit: over it, at 90% or more of it, or fine. */
export type BudgetState = 'ok' | 'nearLimit' | 'over';

/** Amounts in fen. For every line: available = spent + committed + remaining. */
export interface BudgetLine {
  available: number;
  spent: number;
  committed: number;
  remaining: number;
  state: BudgetState;
}

export interface FundSummary extends BudgetLine {
  id: string;
  name: string;
  kind: string;
  department: string;
  /** The fund's total = allocated + unallocated; `available` is what was allocated. */
  total: number;
  unallocated: number;
}

export interface AllocationSummary extends BudgetLine {
  id: string;
  title: string;
  fund: string;
  department: string;
}

export interface DepartmentBudget extends BudgetLine {
  department: string;
}

export interface BudgetSummary {
  fiscalYear: number;
  /** The share of a line used (spent + committed) from which it is "near its limit". */
  nearLimitShare: number;
  funds: FundSummary[];
  allocations: AllocationSummary[];
  departments: DepartmentBudget[];
  totals: BudgetLine & { total: number; unallocated: number };
}

import { z } from 'zod';

/** One year's plans, or one department's (its plan for that year), optionally. */
export const planCompletionInputSchema = z
  .object({ year: z.number().int().min(2000).max(2100), department: z.string().min(1).max(40).optional() })
  .strict();

/** A plan line against what was done for it; amounts in fen. */
export interface PlanLineCompletion {
  key: string;
  kind: string;
  description: string;
  plannedCount: number;
  /** Live records linked to the line, cancelled ones left out (may exceed the planned count). */
  done: number;
  budget: number | null;
  /** The current amounts of allocations made for the line. */
  allocated: number;
}

/** A department's plan for the year: its lines, then the totals. */
export interface PlanCompletion {
  annualPlan: string;
  title: string;
  department: string;
  lines: PlanLineCompletion[];
  plannedCount: number;
  /** Done per line up to its planned count, summed: more of one thing does not make up for another left undone. */
  doneCount: number;
  budget: number;
  allocated: number;
}

export interface PlansCompletion {
  year: number;
  plans: PlanCompletion[];
}

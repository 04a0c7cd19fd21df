import { z } from 'zod';
import type { Localized } from './localized';

/** The plan in force (or the one named) and the year looked at; both default to today's. */
export const targetsInputSchema = z
  .object({ plan: z.string().uuid().optional(), year: z.number().int().min(2000).max(2100).optional() })
  .strict();
export type TargetsInput = z.infer<typeof targetsInputSchema>;

export const evaluationInputSchema = z.object({ plan: z.string().uuid().optional(), year: z.number().int().min(2000).max(2100) }).strict();
export type EvaluationInput = z.infer<typeof evaluationInputSchema>;

/** The records behind a figure: opening them shows a list whose count is the figure. */
export interface DrillDown {
  register: string;
  ids: string[];
}

/**
 * met: the target is reached; onTrack / atRisk / behind: compared with the plan line for the year;
 * noData: a figure is missing (never shown as 0).
 */
export type TargetStatus = 'met' | 'onTrack' | 'atRisk' | 'behind' | 'noData';

export interface TargetYearFigure {
  year: number;
  /** Null when it cannot be known (a denominator or a manual value missing for that year). */
  actual: number | null;
  /** Where the plan line says the figure should be by the end of that year (low end of a range). */
  planned: number | null;
  /** For a percentage, the head-count it is taken over. */
  denominator: number | null;
  missing: Localized | null;
  records: DrillDown | null;
  /** For a target counted over the years (conferences in total): the figure of that year alone. */
  inYear?: number | null;
}

export interface TargetResult {
  /** The planTarget record. */
  target: string;
  code: string;
  number: number;
  title: Localized;
  kind: 'count' | 'range' | 'percent' | 'milestone';
  horizon: 'byDate' | 'perYear' | 'period';
  dueYear: number | null;
  targetMin: number | null;
  targetMax: number | null;
  targetText: string;
  responsibleDepartments: string[];
  source: 'computed' | 'manual' | 'none';
  /** The computed metric's id (e.g. activePartners), when computed. */
  metric: string | null;
  /** The headline figure for the year looked at (per-year targets) or to date (others). */
  actual: number | null;
  denominator: number | null;
  status: TargetStatus;
  /** The rule that decided the status, in words a reader can check. */
  statusReason: Localized;
  missing: Localized | null;
  records: DrillDown | null;
  /** How many of the counted records each department holds. */
  byDepartment: Record<string, number>;
  byYear: TargetYearFigure[];
  /** For a manual value: who entered it and when. */
  enteredBy: string | null;
  enteredAt: string | null;
}

export interface PlanTaskProgress {
  task: string;
  number: number;
  title: Localized;
  schedule: string;
  responsibleDepartments: string[];
  status: string;
  remark: string;
}

export interface PlanSummary {
  id: string;
  code: string;
  name: Localized;
  startYear: number;
  endYear: number;
}

export interface TargetsReport {
  /** When the figures were computed (the data's as-of time). */
  asOf: string;
  year: number;
  /** Null when no plan covers the year, with the reason in problems. */
  plan: PlanSummary | null;
  plans: PlanSummary[];
  targets: TargetResult[];
  tasks: PlanTaskProgress[];
  /** Whatever makes figures untrustworthy (overlapping plan periods...), shown above them. */
  problems: Localized[];
}

export type EvaluationSuggestion = 'increase' | 'keep' | 'reduce' | 'noPlan';

export interface DepartmentEvaluation {
  department: string;
  year: number;
  plannedCount: number;
  doneCount: number;
  /** done / planned, null without an annual plan. */
  completion: number | null;
  /** Records of the year by register (trips, programs, conferences...). */
  results: { register: string; count: number }[];
  /** Codes of the plan's targets the department is responsible for. */
  responsibleTargets: string[];
  suggestion: EvaluationSuggestion;
  suggestionReason: Localized;
  /** The office's adjustment, when it made one. */
  adjustedSuggestion: EvaluationSuggestion | null;
  adjustmentNote: string;
}

export interface EvaluationTable {
  asOf: string;
  year: number;
  departments: DepartmentEvaluation[];
}

/** The office's own call on a department's evaluation for a year; suggestion null withdraws it. */
export const adjustEvaluationInputSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    department: z.string().min(1).max(40),
    suggestion: z.enum(['increase', 'keep', 'reduce']).nullable(),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type AdjustEvaluationInput = z.infer<typeof adjustEvaluationInputSchema>;

/** The printable leadership report: the same HTML the CLI writes. */
export const reportHtmlInputSchema = z
  .object({
    plan: z.string().uuid().optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    locale: z.enum(['zh', 'en']).optional(),
  })
  .strict();
export type ReportHtmlInput = z.infer<typeof reportHtmlInputSchema>;

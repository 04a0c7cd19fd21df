import type { PlanTaskProgress, TargetsInput, TargetsReport } from '../../contract';
import { localDate } from '../../ports/clock';
import type { ServiceContext } from '../context';
import { rows } from './metric';
import { choosePlan, livePlans } from './plans';
import { targetResult, type Headcounts, type TargetRecord } from './targetFigures';

/** The yearly head-counts entered (annualFigure), by year. */
export function headcounts(ctx: ServiceContext): Map<number, Headcounts> {
  return new Map(
    rows<{ year: number; teachers: number | null; studentsEnrolled: number | null }>(
      ctx,
      'SELECT "year", "teachers", "studentsEnrolled" FROM "annualFigure" WHERE "deleted" = 0',
    ).map((r) => [r.year, { teachers: r.teachers, studentsEnrolled: r.studentsEnrolled }]),
  );
}

function planTargets(ctx: ServiceContext, plan: string): TargetRecord[] {
  const store = ctx.stores.get('planTarget')!;
  return rows<{ id: string }>(ctx, 'SELECT "id" FROM "planTarget" WHERE "deleted" = 0 AND "plan" = ? ORDER BY "number", "code"', plan).map(
    ({ id }) => {
      const row = store.get(id)!;
      return { id, values: store.values(row), updatedAt: row.updatedAt, updatedBy: row.updatedBy };
    },
  );
}

function planTasks(ctx: ServiceContext, plan: string): PlanTaskProgress[] {
  return rows<{
    id: string;
    number: number;
    taskZh: string;
    taskEn: string | null;
    schedule: string | null;
    responsibleDepartments: string | null;
    status: string;
    remark: string | null;
  }>(
    ctx,
    'SELECT "id", "number", "taskZh", "taskEn", "schedule", "responsibleDepartments", "status", "remark" FROM "planTask" WHERE "deleted" = 0 AND "plan" = ? ORDER BY "number"',
    plan,
  ).map((t) => ({
    task: t.id,
    number: t.number,
    title: { zh: t.taskZh, en: t.taskEn || t.taskZh },
    schedule: t.schedule ?? '',
    responsibleDepartments: t.responsibleDepartments ? (JSON.parse(t.responsibleDepartments) as string[]) : [],
    status: t.status,
    remark: t.remark ?? '',
  }));
}

/**
 * The plan's targets for a year, each computed from the registers (or the values entered by hand) at the
 * moment of asking, with the records behind every figure, the status against the plan line and the rule
 * that decided it; whatever is missing is said, never counted as zero.
 */
export function targetsReport(ctx: ServiceContext, input: TargetsInput): TargetsReport {
  const now = ctx.clock.now();
  const today = localDate(now);
  const plans = livePlans(ctx);
  const chosen = choosePlan(plans, input, Number(today.slice(0, 4)));
  const base = { asOf: new Date(now).toISOString(), year: chosen.year, plan: chosen.plan, plans, problems: chosen.problems };
  if (!chosen.plan) return { ...base, targets: [], tasks: [] };
  const names = new Map(rows<{ id: string; name: string }>(ctx, 'SELECT "id", "name" FROM "installation"').map((r) => [r.id, r.name]));
  const fc = {
    ctx,
    plan: chosen.plan,
    year: chosen.year,
    today,
    headcounts: headcounts(ctx),
    installationName: (id: string) => names.get(id) ?? id,
  };
  return { ...base, targets: planTargets(ctx, chosen.plan.id).map((t) => targetResult(fc, t)), tasks: planTasks(ctx, chosen.plan.id) };
}

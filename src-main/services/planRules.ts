import type { FieldIssue, FieldValue, RegisterDef, TableRow } from '../contract';
import { issue } from '../core/checks';
import { registers } from '../core/registers';
import { planLineKinds, planLineRegister } from '../core/registers/planLink';
import type { ServiceContext } from './context';

type Values = Record<string, FieldValue>;

interface StoredPlan {
  title: string;
  department: string;
  year: number;
  lines: TableRow[];
}

function planOf(ctx: ServiceContext, id: string): StoredPlan | undefined {
  const row = ctx.sqlite
    .prepare('SELECT "title", "department", "year", "lines" FROM "annualPlan" WHERE "id" = ? AND "deleted" = 0')
    .get(id) as (Omit<StoredPlan, 'lines'> & { lines: string | null }) | undefined;
  return row && { ...row, lines: row.lines ? (JSON.parse(row.lines) as TableRow[]) : [] };
}

const kindLabel = (kind: string) => planLineKinds.find((k) => k.value === kind)?.label ?? { zh: kind, en: kind };

/** Registers whose records can carry out a plan line. */
export const planLinkedRegisters = (): RegisterDef[] => registers.filter((def) => def.fields.some((f) => f.key === 'planLine'));

/**
 * A record's link to a plan line: the plan and the key together, a line the plan has, of the kind this
 * register carries out (allocations fund lines of any kind), in a plan of the record's own department.
 */
export const planLinkRules =
  (def: RegisterDef) =>
  (ctx: ServiceContext, values: Values): FieldIssue[] => {
    const planId = values.annualPlan as string | null;
    const key = values.planLine as string | null;
    if (!planId && !key) return [];
    if (!planId) return [issue('annualPlan', '填写了计划项编号，请选择年度计划', 'A plan line is given: choose its annual plan')];
    if (!key) return [issue('planLine', '请填写年度计划中的计划项编号', 'Enter the key of the plan line')];
    const plan = planOf(ctx, planId);
    if (!plan) return [];
    const line = plan.lines.find((l) => l.key === key);
    if (!line) {
      const keys = plan.lines.map((l) => String(l.key)).join('、') || '—';
      return [
        issue(
          'planLine',
          `“${plan.title}”中没有编号为“${key}”的计划项（现有：${keys}）`,
          `"${plan.title}" has no line "${key}" (it has: ${keys})`,
        ),
      ];
    }
    const issues: FieldIssue[] = [];
    const kind = String(line.kind);
    if (def.name !== 'allocation' && planLineRegister[kind] !== def.name) {
      const label = kindLabel(kind);
      issues.push(
        issue(
          'planLine',
          `计划项 ${key} 是“${label.zh}”，不能由${def.label.zh}完成`,
          `Plan line ${key} is a ${label.en.toLowerCase()} line; ${def.label.en.toLowerCase()} cannot carry it out`,
        ),
      );
    }
    // The department the record is for: its owner, or for an allocation (kept by the office) the one it funds.
    const owner = values.department;
    if (owner !== plan.department) {
      issues.push(
        issue(
          'annualPlan',
          `“${plan.title}”是 ${plan.department} 的计划，本记录属于 ${String(owner)}`,
          `"${plan.title}" is the plan of ${plan.department}; this record belongs to ${String(owner)}`,
        ),
      );
    }
    return issues;
  };

interface Linked {
  def: RegisterDef;
  key: string;
  count: number;
  title: string;
}

/**
 * Live records linked to each line of a plan, by register and key, with one title to name them by;
 * `withoutCancelled` leaves out what was called off (for counting what was done).
 */
export function linkedRecords(ctx: ServiceContext, planId: string, withoutCancelled = false): Linked[] {
  return planLinkedRegisters().flatMap((def) => {
    const cancellable =
      withoutCancelled && def.fields.find((f) => f.key === def.statusField)?.options?.some((o) => o.value === 'cancelled');
    const live = cancellable ? `"deleted" = 0 AND "${def.statusField}" <> 'cancelled'` : '"deleted" = 0';
    const sql = `SELECT "planLine" AS key, count(*) AS count, min("${def.titleField}") AS title FROM "${def.name}" WHERE "annualPlan" = ? AND ${live} GROUP BY "planLine"`;
    return (ctx.sqlite.prepare(sql).all(planId) as Omit<Linked, 'def'>[]).map((row) => ({ ...row, def }));
  });
}

const linkedText = (l: Linked) => ({
  zh: `${l.def.label.zh} ${l.count} 条（“${l.title}”${l.count > 1 ? '等' : ''}）`,
  en: `${l.count} in ${l.def.label.en} ("${l.title}"${l.count > 1 ? ', ...' : ''})`,
});

/**
 * One plan per department and year. Lines that records carry out stay, with their kind; the plan stays
 * with the department those records belong to.
 */
export function annualPlanRules(ctx: ServiceContext, values: Values, id: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const twin = ctx.sqlite
    .prepare('SELECT "title" FROM "annualPlan" WHERE "department" = ? AND "year" = ? AND "deleted" = 0 AND "id" <> ?')
    .get(values.department, values.year, id) as { title: string } | undefined;
  if (twin) {
    issues.push(
      issue(
        'year',
        `${String(values.department)} 已有 ${String(values.year)} 年度计划“${twin.title}”`,
        `${String(values.department)} already has a plan for ${String(values.year)}: "${twin.title}"`,
      ),
    );
  }
  const lines = (values.lines as TableRow[] | null) ?? [];
  const linked = linkedRecords(ctx, id);
  const before = planOf(ctx, id);
  const moved = before !== undefined && before.department !== values.department;
  if (moved && linked[0]) {
    const text = linkedText(linked[0]);
    issues.push(
      issue(
        'department',
        `已有记录关联本计划（${text.zh}），不能改为其他部门的计划`,
        `Records are linked to this plan (${text.en}); it cannot move to another department`,
      ),
    );
  }
  for (const l of linked) {
    const line = lines.find((row) => row.key === l.key);
    const text = linkedText(l);
    if (!line) {
      issues.push(
        issue(
          'lines',
          `计划项 ${l.key} 已有记录关联（${text.zh}），不能删除或改编号`,
          `Plan line ${l.key} has records linked (${text.en}); it cannot be removed or renumbered`,
        ),
      );
    } else if (l.def.name !== 'allocation' && planLineRegister[String(line.kind)] !== l.def.name) {
      const i = lines.indexOf(line);
      issues.push(
        issue(
          `lines.${i}.kind`,
          `计划项 ${l.key} 已有记录关联（${text.zh}），不能改变类型`,
          `Plan line ${l.key} has records linked (${text.en}); its kind cannot change`,
        ),
      );
    }
  }
  return issues;
}

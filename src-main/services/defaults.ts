import checklistTemplates from '../../assets/defaults/checklistTemplates.json';
import departments from '../../assets/defaults/departments.json';
import holidayCalendar from '../../assets/defaults/holidayCalendar.json';
import plan13 from '../../assets/defaults/plan-13th.json';
import rules from '../../assets/defaults/rules.json';
import type { FieldValue } from '../contract';
import { officeDepartment } from '../core/registers/department';
import { deriveRule } from '../core/registers/rule';
import { paramGuide, ruleKindById } from '../core/rules/catalog';
import { registerOf, type ServiceContext } from './context';
import type { ChangeWriter } from './changeWriter';

const full = (keys: string[], values: Record<string, unknown>): Record<string, FieldValue> =>
  Object.fromEntries(keys.map((k) => [k, (values[k] ?? null) as FieldValue]));

const fieldsOf = (register: string) => registerOf(register).fields.map((f) => f.key);

/**
 * The built-in reference data every new installation starts from: the university's departments and the
 * 13th five-year plan with its targets and timetable, written as ordinary changes so they sync and have
 * history like anything else.
 */
export function loadDefaults(ctx: ServiceContext, writer: ChangeWriter): void {
  loadReferenceData(ctx, writer);
  loadChecklistTemplates(ctx, writer);
  loadRules(ctx, writer);
}

const isEmpty = (ctx: ServiceContext, table: string) =>
  (ctx.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n === 0;

function loadReferenceData(ctx: ServiceContext, writer: ChangeWriter): void {
  if (!isEmpty(ctx, 'department')) return;
  writer.transaction(() => {
    writer.createMany(
      registerOf('department'),
      departments.map((d) => ({ data: full(fieldsOf('department'), d), department: officeDepartment })),
    );
    const [planId] = writer.createMany(registerOf('plan'), [{ data: full(fieldsOf('plan'), plan13.plan), department: officeDepartment }]);
    writer.createMany(
      registerOf('planTarget'),
      plan13.targets.map((t) => ({ data: full(fieldsOf('planTarget'), { ...t, plan: planId }), department: officeDepartment })),
    );
    writer.createMany(
      registerOf('planTask'),
      plan13.tasks.map((t) => ({ data: full(fieldsOf('planTask'), { status: 'notStarted', ...t, plan: planId }), department: officeDepartment })),
    );
  });
}

/**
 * The review checklists of design/rules.md, loaded into a database that has none (a new one, or one that
 * predates checklists); the office edits them from there.
 */
function loadChecklistTemplates(ctx: ServiceContext, writer: ChangeWriter): void {
  if (!isEmpty(ctx, 'checklistTemplate')) return;
  const keys = fieldsOf('checklistTemplate');
  writer.transaction(() =>
    writer.createMany(
      registerOf('checklistTemplate'),
      checklistTemplates.map((t) => ({ data: full(keys, t as unknown as Record<string, unknown>), department: officeDepartment })),
    ),
  );
}

/**
 * The rules of design/rules.md and the State Council's holiday calendars, loaded into a database that has
 * none (a new one, or one that predates rule checks); the office edits them from there.
 */
function loadRules(ctx: ServiceContext, writer: ChangeWriter): void {
  const seed = (register: string, rows: Record<string, unknown>[]) => {
    if (!isEmpty(ctx, register)) return;
    const keys = fieldsOf(register);
    writer.transaction(() => writer.createMany(registerOf(register), rows.map((r) => ({ data: full(keys, r), department: officeDepartment }))));
  };
  seed('rule', rules.map((r) => ({ ...r, notes: paramGuide(ruleKindById.get(r.ruleId)!), ...deriveRule(r as Record<string, FieldValue>) })));
  seed('holidayCalendar', holidayCalendar);
}

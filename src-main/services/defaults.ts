import checklistTemplates from '../../assets/defaults/checklistTemplates.json';
import departments from '../../assets/defaults/departments.json';
import formTemplates from '../../assets/defaults/formTemplates.json';
import holidayCalendar from '../../assets/defaults/holidayCalendar.json';
import plan13 from '../../assets/defaults/plan-13th.json';
import rules from '../../assets/defaults/rules.json';
import type { FieldValue, FormId, RegisterDef } from '../contract';
import { officeDepartment } from '../core/registers/department';
import { formFieldGuide } from '../core/registers/formTemplate';
import { deriveRule } from '../core/registers/rule';
import { paramGuide, ruleKindById } from '../core/rules/catalog';
import { registerOf, type ServiceContext } from './context';
import type { ChangeWriter, NewRecord } from './changeWriter';
import { extraDaysByRegion } from './extraDayRegions';
import { createRecords, saveRecord } from './recordCommands';
import { loadTravelStandards } from './travelStandardDefaults';

const full = (keys: string[], values: Record<string, unknown>): Record<string, FieldValue> =>
  Object.fromEntries(keys.map((k) => [k, (values[k] ?? null) as FieldValue]));

const fieldsOf = (register: string) => registerOf(register).fields.map((f) => f.key);

/**
 * The built-in reference data every new installation starts from: the university's departments and the
 * 13th five-year plan with its targets and timetable, written as ordinary changes so they sync and have
 * history like anything else. `created`: the installation is being set up now (not an upgrade).
 */
export function loadDefaults(ctx: ServiceContext, writer: ChangeWriter, created = false): void {
  loadReferenceData(ctx, writer);
  loadChecklistTemplates(ctx, writer);
  loadTravelStandards(ctx, writer, created);
  loadRules(ctx, writer);
  extraDaysByRegion(ctx, writer);
  loadFormTemplates(ctx, writer, created);
  fillBuiltInTargetSources(ctx, writer);
}

const targetSourcesKey = 'defaults.targetSources';

/**
 * A database made before targets had sources holds the 13th plan's targets without them, so every figure
 * would read "no source". The office fills them in once from the built-in plan (as its own changes, which
 * sync like any edit); targets the office gave a source are left alone, and once done it is never redone,
 * so a source the office later clears stays cleared. Other installations get the office's targets.
 */
function fillBuiltInTargetSources(ctx: ServiceContext, writer: ChangeWriter): void {
  if (ctx.self.role !== 'office' || ctx.sqlite.prepare('SELECT 1 FROM "meta" WHERE "key" = ?').get(targetSourcesKey)) return;
  const def = registerOf('planTarget');
  const bare = ctx.sqlite
    .prepare(
      `SELECT t."id", t."code" FROM "planTarget" t JOIN "plan" p ON p."id" = t."plan" WHERE p."code" = ? AND t."deleted" = 0 AND t."source" IS NULL`,
    )
    .all(plan13.plan.code) as { id: string; code: string }[];
  writer.transaction(() => {
    for (const { id, code } of bare) {
      const planned = plan13.targets.find((t) => t.code === code) as Record<string, unknown> | undefined;
      if (!planned) continue;
      const sources = {
        source: planned.source ?? null,
        metric: planned.metric ?? null,
        qualifyingTypes: planned.qualifyingTypes ?? null,
      } as Record<string, FieldValue>;
      saveRecord(ctx, writer, { register: def.name, id, values: sources });
    }
    ctx.sqlite.prepare('INSERT INTO "meta" ("key", "value") VALUES (?, ?)').run(targetSourcesKey, new Date(ctx.clock.now()).toISOString());
  });
}

/**
 * Built-in records, through the gate like any: at the office its own; on a new laptop or review computer a
 * starter copy of the office's, never sent (bundle/localDefaults.ts).
 */
export const builtIn = (ctx: ServiceContext, writer: ChangeWriter, def: RegisterDef, records: NewRecord[]): string[] =>
  createRecords(ctx, writer, def, records, { starterCopy: ctx.self.role !== 'office' });

const isEmpty = (ctx: ServiceContext, table: string) =>
  (ctx.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n === 0;

function loadReferenceData(ctx: ServiceContext, writer: ChangeWriter): void {
  if (!isEmpty(ctx, 'department')) return;
  writer.transaction(() => {
    builtIn(
      ctx,
      writer,
      registerOf('department'),
      departments.map((d) => ({ data: full(fieldsOf('department'), d), department: officeDepartment })),
    );
    const [planId] = builtIn(ctx, writer, registerOf('plan'), [
      { data: full(fieldsOf('plan'), plan13.plan), department: officeDepartment },
    ]);
    builtIn(
      ctx,
      writer,
      registerOf('planTarget'),
      plan13.targets.map((t) => ({ data: full(fieldsOf('planTarget'), { ...t, plan: planId }), department: officeDepartment })),
    );
    builtIn(
      ctx,
      writer,
      registerOf('planTask'),
      plan13.tasks.map((t) => ({
        data: full(fieldsOf('planTask'), { status: 'notStarted', ...t, plan: planId }),
        department: officeDepartment,
      })),
    );
  });
}

/**
 * The review checklists of docs/rules.md, loaded into a database that has none (a new one, or one that
 * predates checklists); the office edits them from there.
 */
function loadChecklistTemplates(ctx: ServiceContext, writer: ChangeWriter): void {
  if (!isEmpty(ctx, 'checklistTemplate')) return;
  const keys = fieldsOf('checklistTemplate');
  writer.transaction(() =>
    builtIn(
      ctx,
      writer,
      registerOf('checklistTemplate'),
      checklistTemplates.map((t) => ({ data: full(keys, t as unknown as Record<string, unknown>), department: officeDepartment })),
    ),
  );
}

/**
 * The rules of docs/rules.md and the State Council's holiday calendars, loaded into a database that has
 * none (a new one, or one that predates rule checks); the office edits them from there.
 */
function loadRules(ctx: ServiceContext, writer: ChangeWriter): void {
  const seed = (register: string, rows: Record<string, unknown>[]) => {
    if (!isEmpty(ctx, register)) return;
    const keys = fieldsOf(register);
    writer.transaction(() =>
      builtIn(
        ctx,
        writer,
        registerOf(register),
        rows.map((r) => ({ data: full(keys, r), department: officeDepartment })),
      ),
    );
  };
  seed(
    'rule',
    rules.map((r) => ({ ...r, notes: paramGuide(ruleKindById.get(r.ruleId)!), ...deriveRule(r as Record<string, FieldValue>) })),
  );
  seed('holidayCalendar', holidayCalendar);
}

/**
 * The printed forms' templates, loaded into a database that has none; the office edits them from there. A
 * department laptop upgraded to this version takes the office's by sync, as it does the travel standards
 * (office records it wrote itself would go into its next bundle, which the office refuses).
 */
function loadFormTemplates(ctx: ServiceContext, writer: ChangeWriter, created: boolean): void {
  if (!isEmpty(ctx, 'formTemplate') || (ctx.self.role !== 'office' && !created)) return;
  const keys = fieldsOf('formTemplate');
  const rows = formTemplates.map((t) => ({
    data: full(keys, { ...t, notes: formFieldGuide(t.form as FormId) }),
    department: officeDepartment,
  }));
  writer.transaction(() => builtIn(ctx, writer, registerOf('formTemplate'), rows));
}

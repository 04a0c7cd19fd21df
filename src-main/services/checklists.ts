import type { FieldIssue, FieldValue, InstallationDto, RegisterDef, TableRow } from '../contract';
import { hasComputedDueDates, withDueDates } from '../core/checklist/dueDates';
import { checklistFromTemplate, checklistSubjectKind, templateInForce, type TemplateVersion } from '../core/checklist/instantiate';
import type { ServiceContext } from './context';
import { ruleDeadlines } from './reminders/ruleDeadlines';

/** The office's live checklist templates for one subject kind, every version. */
export function checklistTemplates(ctx: ServiceContext, kind: string): TemplateVersion[] {
  const rows = ctx.sqlite
    .prepare(
      'SELECT "subjectKind", "effectiveFrom", "effectiveTo", "items" FROM "checklistTemplate" WHERE "deleted" = 0 AND "subjectKind" = ?',
    )
    .all(kind) as { subjectKind: string; effectiveFrom: string; effectiveTo: string | null; items: string | null }[];
  return rows.map((r) => ({ ...r, items: r.items ? (JSON.parse(r.items) as TableRow[]) : [] }));
}

/**
 * A new subject's checklist: the items of the template in force today for its kind, or none when the
 * office has no template for it.
 */
export function checklistInForce(
  ctx: ServiceContext,
  def: RegisterDef,
  values: Record<string, FieldValue>,
  today: string,
): TableRow[] | null {
  const kind = checklistSubjectKind[def.name]?.(values);
  if (!kind) return null;
  const template = templateInForce(checklistTemplates(ctx, kind), kind, today);
  return template ? checklistFromTemplate(template) : null;
}

const itemKey = (item: TableRow) => String(item.key ?? item.title ?? '');
const definitionColumns = ['title', 'requiredBefore', 'evidenceNeeded'] as const;

/**
 * What an item requires is the office's to set. Elsewhere a checklist may gain items and record progress,
 * but every item the record had (or, for a new record, the template in force gives) stays, with its title,
 * stage and evidence rule unchanged, so a laptop cannot lift the gate by editing it away.
 */
export function checklistIntegrity(
  ctx: ServiceContext,
  def: RegisterDef,
  values: Record<string, FieldValue>,
  previous: Record<string, FieldValue> | undefined,
  today: string,
  author: InstallationDto,
): FieldIssue[] {
  if (!def.checklist || author.role === 'office') return [];
  const field = def.checklist.field;
  const reference = previous ? ((previous[field] as TableRow[] | null) ?? []) : (checklistInForce(ctx, def, values, today) ?? []);
  const given = new Map(((values[field] as TableRow[] | null) ?? []).map((item) => [itemKey(item), item]));
  return reference.flatMap((item): FieldIssue[] => {
    const now = given.get(itemKey(item));
    if (now && definitionColumns.every((c) => now[c] === item[c])) return [];
    return [
      {
        field,
        message: {
          zh: `审查清单事项“${String(item.title)}”由外事办设定，不能删除或修改其要求`,
          en: `The checklist item "${String(item.titleEn ?? item.title)}" is set by the office; it cannot be removed or its requirement changed`,
        },
      },
    ];
  });
}

/**
 * Each checklist item's due date from the subject's dates and the rules in force on them, on every save made
 * here (a form, the command line, a sheet, the demo), so a trip made anywhere reminds; dates set by hand stay.
 */
export function fillDueDates(
  ctx: ServiceContext,
  def: RegisterDef,
  values: Record<string, FieldValue>,
  previous: Record<string, FieldValue> | undefined,
): void {
  const kind = checklistSubjectKind[def.name]?.(values);
  const items = def.checklist ? (values[def.checklist.field] as TableRow[] | null) : null;
  if (!kind || !items?.length || !hasComputedDueDates(kind)) return;
  values[def.checklist!.field] = withDueDates(kind, items, values, previous, def.checklist!.field, ruleDeadlines(ctx));
}

import type { FieldValue, RegisterDef, TableRow } from '../contract';
import { checklistFromTemplate, checklistSubjectKind, templateInForce, type TemplateVersion } from '../core/checklist/instantiate';
import type { ServiceContext } from './context';

/**
 * A new subject's checklist: the items of the template in force today for its kind, or none when the
 * office has no template for it.
 */
export function checklistInForce(ctx: ServiceContext, def: RegisterDef, values: Record<string, FieldValue>, today: string): TableRow[] | null {
  const kind = checklistSubjectKind[def.name]?.(values);
  if (!kind) return null;
  const rows = ctx.sqlite
    .prepare('SELECT "subjectKind", "effectiveFrom", "effectiveTo", "items" FROM "checklistTemplate" WHERE "deleted" = 0 AND "subjectKind" = ?')
    .all(kind) as { subjectKind: string; effectiveFrom: string; effectiveTo: string | null; items: string | null }[];
  const templates: TemplateVersion[] = rows.map((r) => ({ ...r, items: r.items ? (JSON.parse(r.items) as TableRow[]) : [] }));
  const template = templateInForce(templates, kind, today);
  return template ? checklistFromTemplate(template) : null;
}

import type { FieldDef, RegisterDef } from '../../../src-main/contract';

/** CSS grid track for a list column: narrow for short values, flexible for names and titles. */
function track(def: RegisterDef, field: FieldDef): string {
  if (field.key === def.titleField) return 'minmax(220px, 2.5fr)';
  if (field.key === def.expiryField) return 'minmax(210px, 1fr)';
  switch (field.type) {
    case 'boolean':
      return 'minmax(64px, 0.4fr)';
    case 'integer':
      return 'minmax(80px, 0.5fr)';
    case 'date':
      return 'minmax(108px, 0.6fr)';
    case 'enum':
      return 'minmax(110px, 0.8fr)';
    case 'ref':
    case 'longText':
      return 'minmax(180px, 1.6fr)';
    default:
      return 'minmax(130px, 1fr)';
  }
}

export interface ListColumns {
  fields: FieldDef[];
  template: string;
  /** Sum of the tracks' minimum widths: below it the table scrolls sideways instead of squeezing. */
  minWidth: number;
}

export function listColumns(def: RegisterDef): ListColumns {
  const fields = def.listColumns.map((key) => def.fields.find((f) => f.key === key)).filter((f): f is FieldDef => Boolean(f));
  const tracks = fields.map((f) => track(def, f));
  const minWidth = tracks.reduce((sum, t) => sum + Number(/minmax\((\d+)px/.exec(t)?.[1] ?? 0), 0);
  return { fields, template: tracks.join(' '), minWidth };
}

import type { FieldDef, Locale, RegisterDef } from '../../../src-main/contract';
import { textWidth } from '../../util/textWidth';

/** Wide enough for the column title with its sort icon and for the longest option badge. */
function badgeWidth(field: FieldDef, locale: Locale): number {
  const longest = Math.max(textWidth(field.label, locale) + 4, ...(field.options ?? []).map((o) => textWidth(o.label, locale)));
  return Math.min(180, Math.max(80, Math.round(longest) + 40));
}

/** CSS grid track for a list column: narrow for short values, flexible for names and titles. */
function track(def: RegisterDef, field: FieldDef, locale: Locale): string {
  if (field.key === def.titleField) return 'minmax(190px, 2.5fr)';
  // The date plus its reminder badge ("已过期12天" / "expires in 12 days").
  if (field.key === def.expiryField) return locale === 'zh' ? 'minmax(200px, 1fr)' : 'minmax(250px, 1fr)';
  switch (field.type) {
    case 'boolean':
      return 'minmax(64px, 0.4fr)';
    case 'integer':
      return 'minmax(96px, 0.5fr)';
    case 'date':
      return 'minmax(104px, 0.6fr)';
    case 'enum':
      return `minmax(${badgeWidth(field, locale)}px, 0.8fr)`;
    case 'ref':
    case 'longText':
      return 'minmax(160px, 1.6fr)';
    default:
      // Short codes stay narrow; long names get room. maxLength is the definition's own size hint.
      if (field.maxLength !== undefined && field.maxLength <= 20) return 'minmax(80px, 0.5fr)';
      if (field.maxLength !== undefined && field.maxLength > 100) return 'minmax(160px, 1.5fr)';
      return 'minmax(120px, 1fr)';
  }
}

export interface ListColumns {
  fields: FieldDef[];
  template: string;
  /** Sum of the tracks' minimum widths: below it the table scrolls sideways instead of squeezing. */
  minWidth: number;
}

export function listColumns(def: RegisterDef, locale: Locale): ListColumns {
  const fields = def.listColumns.map((key) => def.fields.find((f) => f.key === key)).filter((f): f is FieldDef => Boolean(f));
  const tracks = fields.map((f) => track(def, f, locale));
  const minWidth = tracks.reduce((sum, t) => sum + Number(/minmax\((\d+)px/.exec(t)?.[1] ?? 0), 0);
  return { fields, template: tracks.join(' '), minWidth };
}

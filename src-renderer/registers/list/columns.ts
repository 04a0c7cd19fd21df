import type { FieldDef, Locale, RegisterDef } from '../../../src-main/contract';
import { textWidth } from '../../util/textWidth';

/** A grid column: never narrower than `min` pixels, sharing spare room in proportion to `fr`. */
interface Track {
  min: number;
  fr: number;
}

/**
 * Wide enough for the column title with its sort icon and for the longest option badge, up to a cap: a
 * long English choice ("NZD New Zealand dollar") ends in "…" with its full text on hover rather than push
 * the amounts off a 1440-pixel screen.
 */
function badgeWidth(field: FieldDef, locale: Locale): number {
  const longest = Math.max(textWidth(field.label, locale) + 4, ...(field.options ?? []).map((o) => textWidth(o.label, locale)));
  return Math.min(150, Math.max(80, Math.round(longest) + 40));
}

/** Narrow columns for short values, flexible ones for names and titles. */
function track(def: RegisterDef, field: FieldDef, locale: Locale): Track {
  if (field.key === def.titleField) return { min: 190, fr: 2.5 };
  // The date plus its reminder badge ("已过期12天" / "expires in 12 days").
  if (field.key === def.expiryField) return { min: locale === 'zh' ? 200 : 250, fr: 1 };
  switch (field.type) {
    case 'boolean':
      return { min: 64, fr: 0.4 };
    case 'integer':
      return { min: 96, fr: 0.5 };
    case 'date':
      return { min: 104, fr: 0.6 };
    // "12,345,678.90" in monospace with the cell's padding.
    case 'money':
      return { min: 140, fr: 0.7 };
    case 'enum':
      return { min: badgeWidth(field, locale), fr: 0.8 };
    case 'ref':
    case 'longText':
      return { min: 160, fr: 1.6 };
    default:
      // Short codes stay narrow; long names get room. maxLength is the definition's own size hint.
      if (field.maxLength !== undefined && field.maxLength <= 20) return { min: 80, fr: 0.5 };
      if (field.maxLength !== undefined && field.maxLength > 100) return { min: 160, fr: 1.5 };
      return { min: 120, fr: 1 };
  }
}

export interface ListColumns {
  fields: FieldDef[];
  /** CSS grid-template-columns shared by the header and every row. */
  template: string;
  /** Sum of the minimum widths: below it the table scrolls sideways instead of squeezing. */
  minWidth: number;
}

/**
 * The title may wrap onto two lines: half its width, plus the cell's padding and the sort icon, keeps a
 * long one ("天数（按出入境计）") readable above a column whose values are short.
 */
const titleMin = (field: FieldDef, locale: Locale): number => Math.ceil(textWidth(field.label, locale) / 2) + 48;

export function listColumns(def: RegisterDef, locale: Locale): ListColumns {
  const fields = def.listColumns.map((key) => def.fields.find((f) => f.key === key)).filter((f): f is FieldDef => Boolean(f));
  const tracks = fields.map((f) => {
    const t = track(def, f, locale);
    return { ...t, min: Math.max(t.min, titleMin(f, locale)) };
  });
  return {
    fields,
    template: tracks.map((t) => `minmax(${t.min}px, ${t.fr}fr)`).join(' '),
    minWidth: tracks.reduce((sum, t) => sum + t.min, 0),
  };
}

/** Amounts are right-aligned, header and cells, so their digits line up by place value. */
export const alignsRight = (field: FieldDef): boolean => field.type === 'money';

import type { FieldDef, Locale, RecordDto, RegisterDef } from '../../../src-main/contract';
import { stringWidth, textWidth } from '../../util/textWidth';
import type { TextLookups } from '../values/valueText';
import { cellText, showsExpiry } from './cellText';

/** The checkbox column that selects rows for a bulk action. */
export const selectColumnWidth = 40;
/** A cell's padding either side. */
const padding = 24;

/** A grid column: never narrower than `min` pixels; `want` is what its content asks for. */
interface Track {
  min: number;
  want: number;
  /** Widest it grows to from its content alone; a person may drag it wider. */
  cap: number;
}

/**
 * Wide enough for the column title with its sort icon and for the longest option badge, up to a cap: a
 * long English choice ("NZD New Zealand dollar") ends in "…" with its full text on hover.
 */
function badgeWidth(field: FieldDef, locale: Locale): number {
  const longest = Math.max(...(field.options ?? []).map((o) => textWidth(o.label, locale)), 0);
  // The badge's own padding and the cell's.
  return Math.min(160, Math.max(72, Math.round(longest) + 52));
}

/** Narrow columns for short values; names, titles and units get room first, from what their rows hold. */
function track(def: RegisterDef, field: FieldDef, locale: Locale): Track {
  if (field.key === def.titleField) return { min: 180, want: 260, cap: 480 };
  // The date plus its reminder badge ("已过期12天" / "expires in 12 days").
  if (field.key === def.expiryField) return { min: locale === 'zh' ? 190 : 240, want: locale === 'zh' ? 190 : 240, cap: 260 };
  switch (field.type) {
    case 'boolean':
      return { min: 56, want: 64, cap: 80 };
    case 'integer':
      return { min: 64, want: 80, cap: 120 };
    case 'date':
      return { min: 104, want: 104, cap: 104 };
    // "12,345,678.90" in monospace with the cell's padding.
    case 'money':
      return { min: 120, want: 140, cap: 160 };
    case 'enum': {
      const w = badgeWidth(field, locale);
      return { min: w, want: w, cap: w };
    }
    case 'ref':
    case 'longText':
      return { min: 120, want: 180, cap: 360 };
    default:
      if (field.maxLength !== undefined && field.maxLength <= 20) return { min: 64, want: 96, cap: 160 };
      return { min: 96, want: 140, cap: 320 };
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
 * A column title up to four Chinese characters stays on one line; a longer one may wrap onto two: half its width,
 * plus the cell's padding and the sort icon, keeps it ("天数（按出入境计）") readable above short values.
 */
const titleMin = (field: FieldDef, locale: Locale): number => {
  const full = textWidth(field.label, locale);
  // The cell's padding (24), the sort icon and its gap (18).
  return Math.ceil(Math.min(full, Math.max(full / 2, 56))) + 42;
};

/** Fields a list can show as a column: everything but tables and documents. */
export const columnChoices = (def: RegisterDef): FieldDef[] => def.fields.filter((f) => f.type !== 'table' && f.type !== 'file');

/** The columns chosen for a register (the definition's unless the person chose), the title always first among them. */
export function chosenFields(def: RegisterDef, chosen: string[] | undefined): FieldDef[] {
  const keys = chosen?.length ? chosen : def.listColumns;
  const byKey = new Map(columnChoices(def).map((f) => [f.key, f]));
  return [...new Set([def.titleField, ...keys])].map((k) => byKey.get(k)).filter((f): f is FieldDef => Boolean(f));
}

/** Extra room beside a cell's text: the rule findings by the title, the expiry reminder. */
const besideText = (def: RegisterDef, field: FieldDef, keys: string[], row: RecordDto): number =>
  (field.key === def.titleField && row.ruleFindingSummary ? 96 : 0) +
  (showsExpiry(def, field, keys) && row.expiry && field.key !== def.expiryField ? 110 : 0);

/**
 * What each column's rows ask for: the widest of the rows loaded (nine in ten of them, so one very long title does not
 * take the room of all the others), with what sits beside the text.
 */
export function contentWidths(def: RegisterDef, fields: FieldDef[], rows: RecordDto[], lookups: TextLookups): Record<string, number> {
  const keys = fields.map((f) => f.key);
  const sample = rows.slice(0, 200);
  const out: Record<string, number> = {};
  for (const field of fields) {
    if (field.type === 'enum' || field.type === 'date' || field.type === 'boolean') continue;
    const widths = sample
      .map((row) => stringWidth(cellText(field, row, lookups)) + besideText(def, field, keys, row))
      .sort((a, b) => a - b);
    if (widths.length) out[field.key] = Math.ceil(widths[Math.floor((widths.length - 1) * 0.9)]!) + padding;
  }
  return out;
}

/**
 * The grid, in pixels for the room there is: every column gets what its content asks for when it fits; when it does
 * not, the columns give way in proportion to how far they can shrink (a long title a lot, a date or a status badge
 * not at all), and only once all are at their minimum does the table scroll sideways. Room to spare goes to the text
 * columns. A column the person resized keeps its width.
 */
export function listColumns(
  def: RegisterDef,
  locale: Locale,
  o: { fields: FieldDef[]; widths?: Record<string, number>; content?: Record<string, number>; selectable?: boolean; available?: number },
): ListColumns {
  const tracks = o.fields.map((f) => {
    const fixed = o.widths?.[f.key];
    if (fixed) return { min: fixed, want: fixed, grows: false, yields: 0 };
    const t = track(def, f, locale);
    const min = Math.max(t.min, titleMin(f, locale));
    const want = Math.max(min, Math.min(t.cap, o.content?.[f.key] ?? t.want));
    // The title gives way at half the rate of the other text columns: it is what a row is read by.
    return { min, want, grows: t.cap > t.want || f.key === def.titleField, yields: (want - min) * (f.key === def.titleField ? 0.5 : 1) };
  });
  const fixedRoom = o.selectable ? selectColumnWidth : 0;
  const room = (o.available ?? 0) - fixedRoom;
  const wanted = tracks.reduce((sum, t) => sum + t.want, 0);
  let widths = tracks.map((t) => t.want);
  if (room > 0 && wanted > room) {
    // Each column gives way in proportion to its yield, none below its minimum (what one cannot give, the others do).
    let deficit = wanted - room;
    let open = tracks.map((t, i) => ({ t, i })).filter(({ t }) => t.yields > 0);
    while (deficit > 0.5 && open.length) {
      const weight = open.reduce((sum, { t }) => sum + t.yields, 0);
      const round = deficit;
      for (const { t, i } of open) {
        const cut = Math.min(widths[i]! - t.min, (round * t.yields) / weight);
        widths[i] = widths[i]! - cut;
        deficit -= cut;
      }
      open = open.filter(({ t, i }) => widths[i]! - t.min > 0.5);
    }
    widths = widths.map(Math.floor);
  } else if (room > wanted) {
    const growing = tracks.reduce((sum, t) => sum + (t.grows ? t.want : 0), 0);
    widths = tracks.map((t) => (t.grows && growing > 0 ? Math.floor(t.want + ((room - wanted) * t.want) / growing) : t.want));
  }
  const all = [...(o.selectable ? [selectColumnWidth] : []), ...widths];
  return {
    fields: o.fields,
    template: all.map((w) => `${w}px`).join(' '),
    minWidth: all.reduce((sum, w) => sum + w, 0),
  };
}

/** Amounts are right-aligned, header and cells, so their digits line up by place value. */
export const alignsRight = (field: FieldDef): boolean => field.type === 'money';

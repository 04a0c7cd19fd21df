import type { FieldDef, Locale } from '../../../src-main/contract';
import { textWidth } from '../../util/textWidth';

/** A choice column fits its longest option (plus padding and chevron) within these bounds, so a leg of five columns fits the form. */
const choiceMin = 110;
const choiceMax = 150;

/**
 * A table column's CSS grid track in the form: wide enough for its input (a date, a choice, a name
 * search), sharing the spare width by how much text the column holds.
 */
export function cellTrack(column: FieldDef, locale: Locale): string {
  switch (column.type) {
    case 'boolean':
      return 'minmax(64px, auto)';
    case 'date':
      return 'minmax(128px, 1fr)';
    case 'integer':
      return 'minmax(88px, 0.8fr)';
    case 'enum':
    case 'department': {
      const longest = Math.max(0, ...(column.options ?? []).map((o) => textWidth(o.label, locale)));
      return `minmax(${Math.min(choiceMax, Math.max(choiceMin, Math.round(longest) + 48))}px, 1.2fr)`;
    }
    case 'ref':
      return 'minmax(160px, 2fr)';
    case 'file':
      return 'minmax(170px, 1.6fr)';
    default:
      return column.maxLength !== undefined && column.maxLength <= 40 ? 'minmax(90px, 0.8fr)' : 'minmax(110px, 1.6fr)';
  }
}

/** Mantine's xl drawer, the form's width unless a table row needs more. */
const formMin = 780;
/** Beyond this a table scrolls sideways rather than the form covering the whole window. */
const formMax = 1100;
/** The grid gap between cells, the remove-row button's track, and the drawer's padding on both sides. */
const gap = 8;
const removeTrack = 32;
const drawerPadding = 2 * 16;

/**
 * The form drawer's width: wide enough for the widest table's row at its columns' minimum tracks, so a
 * column (the itinerary's host-provision switches) is not hidden past the right edge.
 */
export function formWidth(fields: FieldDef[], locale: Locale): number {
  const rows = fields
    .filter((f) => f.type === 'table')
    .map((f) =>
      (f.columns ?? []).reduce(
        (n, c) => n + Number(/minmax\((\d+)px/.exec(cellTrack(c, locale))?.[1] ?? 0) + gap,
        removeTrack + drawerPadding,
      ),
    );
  return Math.min(formMax, Math.max(formMin, ...rows));
}

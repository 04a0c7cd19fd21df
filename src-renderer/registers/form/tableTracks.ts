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

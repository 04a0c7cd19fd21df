import type { FieldDef } from '../../../src-main/contract';

/**
 * A table column's CSS grid track in the form: wide enough for its input (a date, a short choice, a name
 * search), sharing the spare width by how much text the column holds.
 */
export function cellTrack(column: FieldDef): string {
  switch (column.type) {
    case 'boolean':
      return 'minmax(64px, auto)';
    case 'date':
      return 'minmax(128px, 1fr)';
    case 'integer':
      return 'minmax(88px, 0.8fr)';
    case 'enum':
    case 'department':
      return 'minmax(120px, 1.2fr)';
    case 'ref':
      return 'minmax(160px, 2fr)';
    case 'file':
      return 'minmax(170px, 1.6fr)';
    default:
      return column.maxLength !== undefined && column.maxLength <= 40 ? 'minmax(90px, 0.8fr)' : 'minmax(130px, 1.6fr)';
  }
}

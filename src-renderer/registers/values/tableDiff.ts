import type { CellValue, FieldDef, FieldValue, Locale, TableRow } from '../../../src-main/contract';
import { valueText, type TextLookups } from './valueText';

interface CellChange {
  column: FieldDef;
  before: CellValue;
  after: CellValue;
}

export type RowDiff = { kind: 'changed'; row: TableRow; cells: CellChange[] } | { kind: 'added' | 'removed'; row: TableRow };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The column that names a row: the first required one (a checklist item's title, a member's person). */
const nameColumn = (field: FieldDef): FieldDef | undefined =>
  field.columns?.find((c) => c.required && c.type !== 'boolean') ?? field.columns?.[0];

/** A row's name as read: the naming cell, or in English its English twin column ("titleEn") when filled. */
export function rowName(field: FieldDef, row: TableRow, locale: Locale, lookups: TextLookups): string {
  const name = nameColumn(field);
  if (!name) return '';
  const twin = locale === 'en' ? row[`${name.key}En`] : null;
  return typeof twin === 'string' && twin ? twin : valueText(name, row[name.key] ?? null, lookups);
}

/**
 * What an edit did to a table, row by row: rows left as they were drop out, a row whose naming cell is
 * unchanged is "changed" in the cells that differ, and the rest were added or removed. History then says
 * "invitation letter: status pending → done" instead of repeating the whole checklist twice.
 */
export function tableDiff(field: FieldDef, before: FieldValue, after: FieldValue): RowDiff[] {
  const old = Array.isArray(before) ? [...(before as TableRow[])] : [];
  const now = Array.isArray(after) ? (after as TableRow[]) : [];
  const name = nameColumn(field);
  const diffs: RowDiff[] = [];
  const unmatched: TableRow[] = [];
  for (const row of now) {
    const equal = old.findIndex((o) => same(o, row));
    if (equal >= 0) old.splice(equal, 1);
    else unmatched.push(row);
  }
  for (const row of unmatched) {
    const match = name ? old.findIndex((o) => same(o[name.key], row[name.key])) : -1;
    if (match < 0) {
      diffs.push({ kind: 'added', row });
      continue;
    }
    const [was] = old.splice(match, 1);
    const cells = (field.columns ?? [])
      .filter((c) => !same(was![c.key], row[c.key]))
      .map((column) => ({ column, before: was![column.key] ?? null, after: row[column.key] ?? null }));
    diffs.push({ kind: 'changed', row, cells });
  }
  return [...diffs, ...old.map((row) => ({ kind: 'removed' as const, row }))];
}

import type { FieldValue, RegisterName } from '../../contract';
import { foldText } from './headers';

/**
 * The fields that name one record when a sheet has no id column (a ledger the office kept before Waiban) or an id
 * this database does not have (the built-in plan and checklist templates have their own ids in every installation),
 * so importing the same sheet twice updates records instead of adding them again. Registers not listed here match
 * on the id column only: their titles (a trip's name, a person's name) are not unique enough to merge on.
 */
export const naturalKeys: Partial<Record<RegisterName, string[]>> = {
  department: ['code'],
  partner: ['nameZh', 'country'],
  agreement: ['title', 'partner'],
  checklistTemplate: ['name', 'subjectKind', 'effectiveFrom'],
  plan: ['code'],
  planTarget: ['plan', 'code'],
  planTask: ['plan', 'number'],
};

/** The key of a record's values, text folded as headers are; null when a key field is empty. */
export function naturalKeyOf(fields: string[], values: Record<string, FieldValue>): string | null {
  const parts = fields.map((f) => values[f]);
  if (parts.some((p) => p === null || p === undefined || p === '')) return null;
  return JSON.stringify(parts.map((p) => foldText(String(p))));
}

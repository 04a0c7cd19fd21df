import type { FieldValue, RegisterName } from '../../contract';
import { foldText } from './headers';

/**
 * The fields that name one record when a sheet has no id column (a ledger the office kept before Waiban) or an id
 * this database does not have (the built-in plan and checklist templates have their own ids in every installation),
 * so importing the same sheet twice updates records instead of adding them again. Registers not listed here match
 * on the id column only: their titles (a trip's name, a person's name) are not unique enough to merge on.
 * A field marked `?` may be empty and still be part of the key (a travel standard without a city is the one for
 * the country's other cities).
 */
export const naturalKeys: Partial<Record<RegisterName, string[]>> = {
  department: ['code'],
  partner: ['nameZh', 'country'],
  agreement: ['title', 'partner'],
  checklistTemplate: ['name', 'subjectKind', 'effectiveFrom'],
  plan: ['code'],
  planTarget: ['plan', 'code'],
  planTask: ['plan', 'number'],
  travelStandard: ['country', 'city?', 'effectiveFrom'],
  rule: ['ruleId', 'effectiveFrom'],
  holidayCalendar: ['year'],
  formTemplate: ['form', 'effectiveFrom'],
};

/** The column a key field names. */
export const keyColumn = (field: string): string => field.replace(/\?$/, '');

const isEmpty = (value: FieldValue | undefined) => value === null || value === undefined || value === '';

/** The key of a record's values, text folded as headers are; null when a required key field is empty. */
export function naturalKeyOf(fields: string[], values: Record<string, FieldValue>): string | null {
  if (fields.some((f) => !f.endsWith('?') && isEmpty(values[keyColumn(f)]))) return null;
  return JSON.stringify(fields.map((f) => values[keyColumn(f)]).map((p) => (isEmpty(p) ? '' : foldText(String(p)))));
}

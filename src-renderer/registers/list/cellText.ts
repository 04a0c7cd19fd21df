import type { FieldDef, RecordDto, RegisterDef } from '../../../src-main/contract';
import { isEmpty, valueText, type TextLookups } from '../values/valueText';

/** What a list cell reads as: a referenced record by its title, every other value as its text. */
export const cellText = (field: FieldDef, row: RecordDto, lookups: TextLookups): string =>
  field.type === 'ref'
    ? (row.refTitles?.[field.key] ?? (isEmpty(row.values[field.key]) ? '' : String(row.values[field.key])))
    : valueText(field, row.values[field.key], lookups, row.values);

/** The reminder sits by the expiry date, or by the title when the list does not show that date. */
export const showsExpiry = (def: RegisterDef, field: FieldDef, columns: string[]): boolean =>
  field.key === def.expiryField || (field.key === def.titleField && !columns.includes(def.expiryField ?? ''));

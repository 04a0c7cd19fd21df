import dayjs from 'dayjs';
import type { FieldDef, FieldValue, RecordDto, RegisterDef } from '../../../src-main/contract';
import { isEmpty } from '../values/valueText';

/**
 * What Mantine inputs hold: '' for empty text, null for an empty choice or date, [] for empty lists,
 * '' for an empty number. Converted back to the backend's FieldValue (null for empty) on submit.
 */
export type FormValue = FieldValue;
export type FormValues = Record<string, FormValue>;

function emptyFor(field: FieldDef): FormValue {
  switch (field.type) {
    case 'text':
    case 'longText':
    case 'url':
    case 'email':
    case 'integer':
      return '';
    case 'boolean':
      return false;
    case 'enumList':
    case 'departmentList':
      return [];
    default:
      return null;
  }
}

function defaultFor(field: FieldDef): FormValue {
  const d = field.defaultValue;
  if (d === undefined) return emptyFor(field);
  if (d === 'today' && field.type === 'date') return dayjs().format('YYYY-MM-DD');
  return d;
}

/** Starting values: the record's values when editing, the definitions' defaults for a new record. */
export function initialFormValues(def: RegisterDef, record?: RecordDto): FormValues {
  const out: FormValues = {};
  for (const field of def.fields) {
    const stored = record?.values[field.key];
    out[field.key] = record ? (isEmpty(stored) ? emptyFor(field) : (stored as FormValue)) : defaultFor(field);
  }
  return out;
}

/** What `records.put` receives: every field, empty ones as null (booleans stay false). */
export function toFieldValues(def: RegisterDef, values: FormValues): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const field of def.fields) {
    const v = values[field.key];
    out[field.key] = field.type === 'boolean' ? Boolean(v) : isEmpty(v) ? null : (v ?? null);
  }
  return out;
}

/** The same "required" rule the backend applies, so the common mistake is caught before a round trip. */
export function requiredErrors(def: RegisterDef, values: FormValues, message: (field: FieldDef) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of def.fields) {
    const v = values[field.key];
    if (field.required && field.type !== 'boolean' && (isEmpty(v) || (typeof v === 'string' && !v.trim()))) errors[field.key] = message(field);
  }
  return errors;
}

import dayjs from 'dayjs';
import type { FieldDef, FieldValue, RecordDto, RegisterDef, TableRow } from '../../../src-main/contract';
import { isEmpty, moneyText } from '../values/valueText';

/**
 * What Mantine inputs hold: '' for empty text, null for an empty choice or date, [] for empty lists and
 * tables, '' for an empty number. Converted back to the backend's FieldValue (null for empty) on submit.
 */
export type FormValue = FieldValue;
export type FormValues = Record<string, FormValue>;

/**
 * The fields a person fills in: derived ones are computed on save, and a review checklist is worked
 * through item by item on its record's page, so neither is in the form (nor sent back from it).
 */
export const formFields = (def: RegisterDef): FieldDef[] => def.fields.filter((f) => !f.derived && f.key !== def.checklist?.field);

function emptyFor(field: FieldDef): FormValue {
  switch (field.type) {
    case 'text':
    case 'longText':
    case 'url':
    case 'email':
    case 'integer':
    case 'money':
    case 'decimal':
      return '';
    case 'boolean':
      return false;
    case 'enumList':
    case 'departmentList':
    case 'table':
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

/**
 * A stored value as its input holds it: amounts as the text people type ("1,234.56", which the backend
 * reads in the record's currency), table rows cell by cell. `siblings` is the record or row it belongs to.
 */
export function toFormValue(field: FieldDef, stored: FieldValue | undefined, siblings?: Record<string, FieldValue | undefined>): FormValue {
  if (isEmpty(stored)) return emptyFor(field);
  if (field.type === 'money' && typeof stored === 'number') return moneyText(field, stored, siblings);
  if (field.type !== 'table') return stored as FormValue;
  return (stored as TableRow[]).map((row) => toFormRow(field.columns ?? [], row));
}

const toFormRow = (columns: FieldDef[], row: TableRow): TableRow =>
  Object.fromEntries(columns.map((c) => [c.key, toFormValue(c, row[c.key], row) as TableRow[string]]));

/** A row added to a table: each column's default. */
export const newRow = (columns: FieldDef[]): TableRow => Object.fromEntries(columns.map((c) => [c.key, defaultFor(c) as TableRow[string]]));

/** Starting values: the record's values when editing, the definitions' defaults for a new record. */
export function initialFormValues(def: RegisterDef, record?: RecordDto): FormValues {
  const out: FormValues = {};
  for (const field of formFields(def))
    out[field.key] = record ? toFormValue(field, record.values[field.key], record.values) : defaultFor(field);
  return out;
}

/** One input's value as the backend takes it: empty as null, booleans stay false, table rows cell by cell. */
export function toFieldValue(field: FieldDef, v: FormValue | undefined): FieldValue {
  if (field.type === 'boolean') return Boolean(v);
  if (isEmpty(v)) return null;
  if (field.type !== 'table') return v ?? null;
  const columns = field.columns ?? [];
  return (v as TableRow[]).map((row) => Object.fromEntries(columns.map((c) => [c.key, toFieldValue(c, row[c.key]) as TableRow[string]])));
}

/** What `records.put` receives: every field of the form. */
export function toFieldValues(def: RegisterDef, values: FormValues): Record<string, FieldValue> {
  return Object.fromEntries(formFields(def).map((field) => [field.key, toFieldValue(field, values[field.key])]));
}

const blank = (field: FieldDef, v: FormValue | undefined) =>
  field.required && field.type !== 'boolean' && (isEmpty(v) || (typeof v === 'string' && !v.trim()));

/**
 * The same "required" rule the backend applies, to fields and to table cells (keyed by their path,
 * "legs.0.arrive"), so the common mistake is caught before a round trip.
 */
export function requiredErrors(def: RegisterDef, values: FormValues, message: (field: FieldDef) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of formFields(def)) {
    const v = values[field.key];
    if (blank(field, v)) errors[field.key] = message(field);
    if (field.type !== 'table' || !Array.isArray(v)) continue;
    (v as TableRow[]).forEach((row, i) => {
      for (const c of field.columns ?? []) if (blank(c, row[c.key])) errors[`${field.key}.${i}.${c.key}`] = message(c);
    });
  }
  return errors;
}

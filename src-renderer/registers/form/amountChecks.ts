import { baseCurrency, currencyDigits, parseAmount, type FieldDef, type RegisterDef, type TableRow } from '../../../src-main/contract';
import { formFields, type FormValues } from './formValues';

const valueAt = (values: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), values);

/** The currency an amount is typed in. Table cells are keyed "adjustments.0.amount"; their currency lives in the same row. */
export function amountCurrency(field: FieldDef, values: FormValues): string {
  const base = field.key.includes('.') ? field.key.slice(0, field.key.lastIndexOf('.') + 1) : '';
  const code = field.currencyField ? valueAt(values, `${base}${field.currencyField}`) : null;
  return typeof code === 'string' && code ? code : baseCurrency;
}

/**
 * Amounts that are not amounts in their currency ("12.345" yuan), keyed like the required errors: the
 * message shown on leaving the field stays when saving, and nothing goes to the backend.
 */
export function amountErrors(
  def: RegisterDef,
  values: FormValues,
  message: (text: string, digits: number) => string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const check = (field: FieldDef) => {
    const text = valueAt(values, field.key);
    if (field.type !== 'money' || typeof text !== 'string' || !text.trim()) return;
    const digits = currencyDigits(amountCurrency(field, values));
    if (parseAmount(text, digits) === null) errors[field.key] = message(text.trim(), digits);
  };
  for (const field of formFields(def)) {
    check(field);
    const rows = values[field.key];
    if (field.type !== 'table' || !Array.isArray(rows)) continue;
    (rows as TableRow[]).forEach((_, i) => {
      for (const c of field.columns ?? []) check({ ...c, key: `${field.key}.${i}.${c.key}` });
    });
  }
  return errors;
}

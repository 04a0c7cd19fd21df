import type { FieldValue, RegisterDef } from '../contract';

/** The mask character: never valid in a masked field's own value, so a masked value cannot be saved back. */
const dot = '•';

/** "E12345678" -> "E••••••78": enough to tell two documents apart, not enough to use one. */
export const maskText = (value: string): string =>
  value.length <= 3 ? dot.repeat(value.length) : `${value[0]}${dot.repeat(value.length - 3)}${value.slice(-2)}`;

export const isMaskedText = (value: unknown): boolean => typeof value === 'string' && value.includes(dot);

export const maskedFields = (def: RegisterDef): string[] => def.fields.filter((f) => f.masked).map((f) => f.key);

/** The values with every masked field masked. */
export function maskValues(def: RegisterDef, values: Record<string, FieldValue>): Record<string, FieldValue> {
  const keys = maskedFields(def);
  if (!keys.length) return values;
  const out = { ...values };
  for (const key of keys) if (typeof out[key] === 'string') out[key] = maskText(out[key] as string);
  return out;
}

import type { FieldDef, FieldValue, RegisterDef } from '../contract';

/** How one field's value is stored in its column: lists and files as JSON, booleans as 0/1. */
export function encodeField(f: FieldDef, v: FieldValue | undefined): string | number | null {
  if (v === null || v === undefined) return null;
  switch (f.type) {
    case 'boolean':
      return v ? 1 : 0;
    case 'enumList':
    case 'departmentList':
    case 'file':
    case 'table':
      return JSON.stringify(v);
    case 'integer':
      return v as number;
    default:
      return v as string;
  }
}

export function decodeField(f: FieldDef, raw: unknown): FieldValue {
  if (raw === null || raw === undefined) return f.type === 'boolean' ? false : null;
  switch (f.type) {
    case 'boolean':
      return raw === 1;
    case 'enumList':
    case 'departmentList':
    case 'file':
    case 'table':
      return JSON.parse(raw as string) as FieldValue;
    default:
      return raw as FieldValue;
  }
}

export const decodeValues = (def: RegisterDef, row: Record<string, unknown>): Record<string, FieldValue> =>
  Object.fromEntries(def.fields.map((f) => [f.key, decodeField(f, row[f.key])]));

/** Quoted identifier; keys come from register definitions, never from input. */
export const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;

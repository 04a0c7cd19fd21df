import type { FieldValue, FileRef, TableRow } from '../../contract';
import { findRegister } from '../registers';

const isFileRef = (v: unknown): v is FileRef =>
  typeof v === 'object' && v !== null && typeof (v as FileRef).sha256 === 'string' && /^[0-9a-f]{64}$/.test((v as FileRef).sha256);

/**
 * The documents a record image names, read from its register's file fields (also inside tables, such as a
 * checklist's evidence), with the field that names each.
 */
export function fileRefsOf(register: string, data: Record<string, FieldValue> | null): { field: string; ref: FileRef }[] {
  const def = findRegister(register);
  if (!def || !data) return [];
  const found: { field: string; ref: FileRef }[] = [];
  for (const field of def.fields) {
    const value = data[field.key];
    if (field.type === 'file' && isFileRef(value)) found.push({ field: field.key, ref: value });
    if (field.type === 'table' && Array.isArray(value)) {
      for (const column of field.columns ?? []) {
        if (column.type !== 'file') continue;
        for (const row of value as TableRow[])
          if (isFileRef(row[column.key])) found.push({ field: `${field.key}.${column.key}`, ref: row[column.key] as FileRef });
      }
    }
  }
  return found;
}

/** The hashes of those documents, so a bundle can carry the bytes its changes point to. */
export const fileHashesOf = (register: string, data: Record<string, FieldValue> | null): string[] =>
  fileRefsOf(register, data).map((f) => f.ref.sha256);

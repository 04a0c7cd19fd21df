import type { FieldValue, FileRef, TableRow } from '../../contract';
import { findRegister } from '../registers';

const isFileRef = (v: unknown): v is FileRef =>
  typeof v === 'object' && v !== null && typeof (v as FileRef).sha256 === 'string' && /^[0-9a-f]{64}$/.test((v as FileRef).sha256);

/**
 * The documents a record image names, read from its register's file fields (also inside tables, such as a
 * checklist's evidence), so a bundle can carry the bytes its changes point to.
 */
export function fileHashesOf(register: string, data: Record<string, FieldValue> | null): string[] {
  const def = findRegister(register);
  if (!def || !data) return [];
  const found: string[] = [];
  for (const field of def.fields) {
    const value = data[field.key];
    if (field.type === 'file' && isFileRef(value)) found.push(value.sha256);
    if (field.type === 'table' && Array.isArray(value)) {
      for (const column of field.columns ?? []) {
        if (column.type !== 'file') continue;
        for (const row of value as TableRow[]) if (isFileRef(row[column.key])) found.push((row[column.key] as FileRef).sha256);
      }
    }
  }
  return found;
}

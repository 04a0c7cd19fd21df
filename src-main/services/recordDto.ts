import type { FieldValue, RecordDto, RegisterDef } from '../contract';
import { expiryState } from '../core/expiry';
import { ownerDepartment } from '../core/registers';
import type { StoredRow } from '../db/registerStore';
import type { TitleLookup } from './searchIndex';

/** Status values in which an expiry date matters (an agreement in force, not a draft or a terminated one). */
const inForce = (def: RegisterDef, values: Record<string, FieldValue>): boolean =>
  !def.statusField || values[def.statusField] === 'active';

export function toRecordDto(def: RegisterDef, row: StoredRow, values: Record<string, FieldValue>, title: TitleLookup, today: string): RecordDto {
  const refTitles: Record<string, string> = {};
  for (const f of def.fields) {
    const v = values[f.key];
    if (f.type === 'ref' && f.ref && typeof v === 'string') refTitles[f.key] = title(f.ref, v) ?? '';
  }
  const expiry = def.expiryField && !row.deleted ? expiryState(values[def.expiryField] as string | null, today, inForce(def, values)) : null;
  return {
    id: row.id,
    department: ownerDepartment(def, values) ?? '',
    values,
    ...(Object.keys(refTitles).length ? { refTitles } : {}),
    ...(expiry ? { expiry } : {}),
    meta: {
      createdAt: row.createdAt,
      createdBy: row.createdBy,
      updatedAt: row.updatedAt,
      updatedBy: row.updatedBy,
      version: row.version,
      head: row.head,
      deleted: row.deleted === 1,
      conflict: row.conflict === 1,
    },
  };
}

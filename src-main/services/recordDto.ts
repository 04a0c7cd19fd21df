import type { FieldValue, InstallationDto, RecordDto, RegisterDef, TableRow } from '../contract';
import { nextSteps } from '../core/checklist/gate';
import { expiryState } from '../core/expiry';
import { maskedFields, maskValues } from '../core/mask';
import { ownerDepartment } from '../core/registers';
import type { StoredRow } from '../db/registerStore';
import type { TitleLookup } from './searchIndex';

/** Whether the record's expiry date matters now: in one of the register's expiry statuses, if it names any. */
const inForce = (def: RegisterDef, values: Record<string, FieldValue>): boolean =>
  !def.statusField || !def.expiryStatuses || def.expiryStatuses.includes(String(values[def.statusField]));

export interface DtoOptions {
  /** One record opened on its own: add what its page shows (members' names, the next steps). */
  detail?: boolean;
  /** Show masked fields in full (the caller logs it). */
  reveal?: boolean;
  /** Who reads it: a move only the office makes is marked as such for anyone else. */
  role?: InstallationDto['role'];
}

function tableRefTitles(def: RegisterDef, values: Record<string, FieldValue>, title: TitleLookup): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const f of def.fields) {
    if (f.type !== 'table' || !Array.isArray(values[f.key])) continue;
    for (const c of f.columns ?? []) {
      if (c.type !== 'ref' || !c.ref) continue;
      for (const row of values[f.key] as TableRow[]) {
        const id = row[c.key];
        if (typeof id === 'string') titles[id] = title(c.ref, id) ?? '';
      }
    }
  }
  return titles;
}

export function toRecordDto(
  def: RegisterDef,
  row: StoredRow,
  values: Record<string, FieldValue>,
  title: TitleLookup,
  today: string,
  options: DtoOptions = {},
): RecordDto {
  const refTitles: Record<string, string> = {};
  for (const f of def.fields) {
    const v = values[f.key];
    if (f.type === 'ref' && f.ref && typeof v === 'string') refTitles[f.key] = title(f.ref, v) ?? '';
  }
  const expiry =
    def.expiryField && !row.deleted ? expiryState(values[def.expiryField] as string | null, today, inForce(def, values)) : null;
  const masked = options.reveal ? [] : maskedFields(def).filter((key) => typeof values[key] === 'string');
  const rowRefTitles = options.detail ? tableRefTitles(def, values, title) : {};
  const steps = (options.detail && !row.deleted ? nextSteps(def, values) : []).map((step) =>
    options.role !== 'office' && def.officeStatuses?.includes(step.status) ? { ...step, officeOnly: true } : step,
  );
  return {
    id: row.id,
    department: ownerDepartment(def, values) ?? '',
    values: masked.length ? maskValues(def, values) : values,
    ...(Object.keys(refTitles).length ? { refTitles } : {}),
    ...(expiry ? { expiry } : {}),
    ...(Object.keys(rowRefTitles).length ? { rowRefTitles } : {}),
    ...(masked.length ? { masked } : {}),
    ...(steps.length ? { nextSteps: steps } : {}),
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

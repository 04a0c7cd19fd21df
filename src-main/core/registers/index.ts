import type { FieldIssue, FieldValue, RegisterDef, RegisterName } from '../../contract';
import { agreement, checkAgreement } from './agreement';
import { department } from './department';
import { partner } from './partner';
import { plan, planTarget, planTask } from './plan';

/** Every register, in navigation order. */
export const registers: RegisterDef[] = [partner, agreement, department, plan, planTarget, planTask];

/** Checks across fields, per register, run after the field-by-field validation. */
export const crossFieldChecks: Partial<Record<RegisterName, (values: Record<string, FieldValue>) => FieldIssue[]>> = {
  agreement: checkAgreement,
};

const byName = new Map<string, RegisterDef>(registers.map((r) => [r.name, r]));

export const findRegister = (name: string): RegisterDef | undefined => byName.get(name);

/** Columns every register table has besides its fields (camelCase, like the fields). */
export const metaColumns = ['id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'version', 'head', 'deleted', 'conflict', 'searchText'] as const;

export const ownerDepartment = (def: RegisterDef, values: Record<string, FieldValue>): string | null =>
  'fixed' in def.ownership ? def.ownership.fixed : ((values[def.ownership.field] as string | null) ?? null);

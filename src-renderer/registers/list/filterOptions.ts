import type { EnumOption, FilterDef, RegisterDef } from '../../../src-main/contract';

/** Values the backend understands for an expiryWindow filter: days ahead, or already past the date. */
export const expiryWindows = ['30', '60', '90', 'lapsed'];

/**
 * Options of an enum or refEnum filter. A refEnum names a field of the referenced register
 * ("partner.country"): its options are that field's options in the other register's definition.
 */
export function filterOptions(def: RegisterDef, filter: FilterDef, findRegister: (name: string) => RegisterDef | undefined): EnumOption[] {
  if (filter.options) return filter.options;
  if (filter.kind === 'enum') return def.fields.find((f) => f.key === filter.field)?.options ?? [];
  if (filter.kind === 'refEnum') {
    const [refKey, targetKey] = filter.field.split('.');
    const target = findRegister(def.fields.find((f) => f.key === refKey)?.ref ?? '');
    return target?.fields.find((f) => f.key === targetKey)?.options ?? [];
  }
  return [];
}

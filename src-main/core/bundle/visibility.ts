import type { RegisterDef } from '../../contract';

/**
 * What a department's laptop may see (docs/bundles.md, office -> department): the reference data every
 * department shares (registers with one fixed owner, and those marked shared, such as partners) and the
 * records of its own departments — including a change that moves a record out of them, so the laptop learns
 * the record left rather than keeping a stale copy.
 */
export function visibleToDepartments(def: RegisterDef, departments: readonly string[], owners: readonly (string | null)[]): boolean {
  if ('fixed' in def.ownership || def.sharedWithDepartments) return true;
  return owners.some((d) => d !== null && departments.includes(d));
}

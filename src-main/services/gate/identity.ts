import { AppError, type RegisterDef } from '../../contract';
import { findRegister } from '../../core/registers';
import type { GateView } from './proposal';

/**
 * A record id belongs to one register, forever and on every installation: receivers find a record's versions by
 * its id alone, so the same id in two registers would make one record vanish behind the other.
 */
export function assertOneRegister(view: GateView, def: RegisterDef, recordId: string): void {
  const owner = view.registerOf(recordId);
  if (owner === undefined || owner === def.name) return;
  const label = findRegister(owner)?.label ?? { zh: owner, en: owner };
  throw new AppError('VALIDATION', {
    zh: `编号 ${recordId} 已是“${label.zh}”中的记录，不能再用作“${def.label.zh}”的记录编号`,
    en: `The id ${recordId} already belongs to a record of ${label.en}; it cannot name a record of ${def.label.en}`,
  });
}

import { AppError, type InstallationDto, type RegisterDef } from '../../contract';
import { assertMayWrite } from '../permissions';
import type { GateView, Version } from './proposal';

/** Whether this author may write a record owned by `owner`: the office always, a department its own, review never. */
const mayWrite = (author: InstallationDto, def: RegisterDef, owner: string | null): boolean => {
  try {
    assertMayWrite(author, def, [owner]);
    return true;
  } catch (err) {
    if (err instanceof AppError) return false;
    throw err;
  }
};

/**
 * Who may make the change: the author's role and departments, held against the record's owner after the change
 * and before it (the versions it supersedes; with none named, the record as held here), so nothing is written
 * into or taken out of another department. A change on a record held here must name a version of it it saw;
 * one that names none is a concurrent create, which only the record's owner can make (kept as a conflict).
 */
export function assertAuthority(
  view: GateView,
  def: RegisterDef,
  recordId: string,
  author: InstallationDto,
  owner: string | null,
  superseded: Version[],
): void {
  const held = view.held(def, recordId);
  if (held?.context && author.role !== 'office') {
    throw new AppError('FORBIDDEN', {
      zh: `这条${def.label.zh}记录属于 ${held.owner}，本机只作参考显示，不能修改；需要修改时请联系其所属部门或外事办`,
      en: `This record of ${def.label.en} belongs to ${held.owner}; this laptop holds it only to show it and cannot change it. Ask its department or the office`,
    });
  }
  const before = superseded.length ? superseded.map((v) => v.department) : held ? [held.owner] : [];
  assertMayWrite(author, def, [owner, ...before]);
  if (held && superseded.length === 0 && !mayWrite(author, def, held.owner)) {
    throw new AppError('FORBIDDEN', {
      zh: `这条记录本机已有（属于 ${held.owner}），变更却没有指明它所修改的版本：不能用新建覆盖他人的记录`,
      en: `This record is held here (owned by ${held.owner}) but the change names none of its versions: another's record cannot be overwritten by a new one`,
    });
  }
}

import { AppError, type InstallationDto } from '../../contract';
import { bundleRefusal } from '../../core/bundle/refusal';
import type { Change } from '../../db/changeLog';
import type { ServiceContext } from '../context';
import { assertMayWrite } from '../permissions';
import { visibleToDepartments } from '../../core/bundle/visibility';

/**
 * Step 5, scope: every change must be one its author may make — the department of the new value and of the
 * versions it replaces among the author's departments, nothing for review. Checked against the author as the
 * roster in force lists it (the one held, or the newer one the office sent with the bundle, already verified),
 * never against what the changes claim.
 */
export function assertInScope(ctx: ServiceContext, authorOf: (id: string) => InstallationDto | undefined, changes: Change[]): void {
  const inBundle = new Map(changes.map((c) => [c.id, c]));
  for (const c of changes) {
    // Relayed changes answer to their own author; the verifier already required that author's signature.
    const author = authorOf(c.author);
    if (!author) throw bundleRefusal(`变更 ${c.id} 的作者 ${c.author} 未在本机登记，数据包未导入。`, `The author ${c.author} of change ${c.id} is not registered here; the bundle was not imported.`);
    const parentOwners = c.parents.map((p) => (inBundle.get(p) ?? ctx.changes.get(p))?.department ?? null);
    try {
      assertMayWrite(author, ctx.stores.get(c.register)!.def, [c.department, ...parentOwners]);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      throw bundleRefusal(
        `变更 ${c.id} 超出作者“${author.name}”的权限（${err.localized.zh}），整个数据包未导入。`,
        `Change ${c.id} is outside what its author "${author.name}" may do (${err.localized.en}); nothing from the bundle was imported.`,
      );
    }
  }
}

/**
 * A department's laptop takes only what it may see (reference data and its departments' records): a bundle
 * the office made for another department, or for review, is refused whole rather than filling the laptop with
 * records that are not its own.
 */
export function assertVisibleHere(ctx: ServiceContext, changes: Change[]): void {
  if (ctx.self.role !== 'department') return;
  const inBundle = new Map(changes.map((c) => [c.id, c]));
  for (const c of changes) {
    const owners = [c.department, ...c.parents.map((p) => (inBundle.get(p) ?? ctx.changes.get(p))?.department ?? null)];
    if (!visibleToDepartments(ctx.stores.get(c.register)!.def, ctx.self.departments, owners)) {
      throw bundleRefusal(
        `数据包中有不属于本部门（${ctx.self.departments.join('、')}）的记录（${c.department}），可能是为别的部门或领导审阅导出的；未导入。`,
        `The bundle holds a record outside this installation's departments (${ctx.self.departments.join(', ')}): ${c.department}. It was probably exported for another department or for review; nothing was imported.`,
      );
    }
  }
}

import { bundleRefusal } from '../../core/bundle/refusal';
import type { Change } from '../../db/changeLog';
import type { ServiceContext } from '../context';
import { visibleToDepartments } from '../../core/bundle/visibility';

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

import { AppError, type InstallationDto } from '../../contract';
import { bundleRefusal } from '../../core/bundle/refusal';
import type { Change } from '../../db/changeLog';
import type { ServiceContext } from '../context';
import { assertMayWrite } from '../permissions';

/**
 * Step 5, scope: every change must be one its author may make — the department of the new value and of the
 * versions it replaces among the author's departments, nothing for review. Checked against the author as this
 * installation knows it, never against what the bundle claims.
 */
export function assertInScope(ctx: ServiceContext, author: InstallationDto, changes: Change[]): void {
  const inBundle = new Map(changes.map((c) => [c.id, c]));
  for (const c of changes) {
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

import { bundleRefusal } from '../../core/bundle/refusal';
import type { ServiceContext } from '../context';

/**
 * At enrolment a laptop gives up its own copy of the built-in reference data (departments, the plan,
 * checklists: written locally at init so it could start, never sent — see bundle/localDefaults.ts) for the
 * office's records, which the enrolment bundle carries; keeping both would show every department twice.
 * The copy was never exported, so it is removed outright, log and all. A laptop that already holds records
 * of its own is refused: enrolment comes first, on a new data folder.
 */
export function dropLocalReferenceCopy(ctx: ServiceContext): void {
  const own = ctx.sqlite.prepare('SELECT DISTINCT "register", "recordId" FROM "changeLog" WHERE "author" = ?').all(ctx.self.id) as {
    register: string;
    recordId: string;
  }[];
  const kept = own.filter((r) => !ctx.stores.get(r.register)?.def.officeOnly);
  if (kept.length) {
    throw bundleRefusal(
      `本机在登记前已录入了自己的记录（如 ${kept[0]!.register} ${kept[0]!.recordId}），不能再登记：请在新的数据文件夹上先登记、再录入。未做任何改动。`,
      `This installation already holds records of its own (such as ${kept[0]!.register} ${kept[0]!.recordId}) and cannot be enrolled now: on a new data folder, enrol first and enter records after. Nothing changed.`,
    );
  }
  for (const { register, recordId } of own) {
    const store = ctx.stores.get(register)!;
    const row = store.get(recordId);
    if (row) store.drop(row);
    ctx.sqlite.prepare('DELETE FROM "conflictHead" WHERE "recordId" = ?').run(recordId);
  }
  for (const table of ['changeLog', 'bundleSegment', 'bundleAck']) {
    ctx.sqlite.prepare(`DELETE FROM "${table}" WHERE "author" = ?`).run(ctx.self.id);
  }
}
